//! The `---` block at the top of a draft: metadata, never linted.
//!
//! Only three keys mean something to postlint (`account`, `consent`, `lang`);
//! other keys (title, date, tags …) belong to the publishing tool and are
//! ignored. We read `key: value` lines ourselves instead of pulling in a YAML
//! parser: the keys we need are flat scalars.

use std::ops::Range;

use crate::catalog::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Account {
    Personal,
    Official,
}

impl Account {
    pub fn parse(s: &str) -> Option<Account> {
        match s.to_ascii_lowercase().as_str() {
            "personal" | "persoonlijk" | "prive" | "privé" => Some(Account::Personal),
            "official" | "officieel" | "school" => Some(Account::Official),
            _ => None,
        }
    }
}

/// A value that could not be understood, with the byte range of the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontMatterProblem {
    pub key: String,
    pub value: String,
    pub range: Range<usize>,
}

#[derive(Debug, Clone, Default)]
pub struct FrontMatter {
    /// Byte range of the whole block including both fences; empty if absent.
    pub range: Range<usize>,
    pub account: Option<Account>,
    pub consent: Option<bool>,
    pub lang: Option<Lang>,
    pub problems: Vec<FrontMatterProblem>,
}

impl FrontMatter {
    /// Parse the block at the start of `text`, if any. An unclosed block is
    /// not front matter: it is left as text.
    pub fn parse(text: &str) -> FrontMatter {
        let mut fm = FrontMatter::default();
        let Some(first_end) = line_end(text, 0) else {
            return fm;
        };
        if text[..first_end.0].trim_end() != "---" {
            return fm;
        }
        let mut pos = first_end.1;
        while pos < text.len() {
            let (end, next) = line_end(text, pos).unwrap_or((text.len(), text.len()));
            let line = &text[pos..end];
            let trimmed = line.trim_end();
            if trimmed == "---" || trimmed == "..." {
                fm.range = 0..next;
                return fm;
            }
            fm.read_line(line, pos);
            pos = next;
        }
        // Not closed: not front matter.
        FrontMatter::default()
    }

    fn read_line(&mut self, line: &str, line_start: usize) {
        if line.starts_with([' ', '\t', '#', '-']) {
            return;
        }
        let Some(colon) = line.find(':') else { return };
        let key = line[..colon].trim();
        let raw_value = &line[colon + 1..];
        let value_no_comment = match raw_value.find(" #") {
            Some(i) => &raw_value[..i],
            None => raw_value,
        };
        let value = value_no_comment
            .trim()
            .trim_matches(|c| c == '"' || c == '\'');
        let lead = raw_value.len() - raw_value.trim_start().len();
        let start = line_start + colon + 1 + lead;
        let range = start..start + value_no_comment.trim().len();
        let ok = match key {
            "account" => Account::parse(value)
                .map(|a| self.account = Some(a))
                .is_some(),
            "consent" => parse_bool(value).map(|b| self.consent = Some(b)).is_some(),
            "lang" => Lang::parse(value).map(|l| self.lang = Some(l)).is_some(),
            _ => true,
        };
        if !ok {
            self.problems.push(FrontMatterProblem {
                key: key.to_string(),
                value: value.to_string(),
                range,
            });
        }
    }
}

fn parse_bool(s: &str) -> Option<bool> {
    match s.to_ascii_lowercase().as_str() {
        "true" | "yes" | "ja" | "1" => Some(true),
        "false" | "no" | "nee" | "0" => Some(false),
        _ => None,
    }
}

/// End of the line starting at `pos`: (end without line break, start of next line).
fn line_end(text: &str, pos: usize) -> Option<(usize, usize)> {
    if pos >= text.len() {
        return None;
    }
    match text[pos..].find('\n') {
        Some(i) => {
            let nl = pos + i;
            let end = if nl > pos && text.as_bytes()[nl - 1] == b'\r' {
                nl - 1
            } else {
                nl
            };
            Some((end, nl + 1))
        }
        None => Some((text.len(), text.len())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_known_keys_and_ignores_others() {
        let text = "---\r\ntitle: Sportdag\r\naccount: official\r\nconsent: true\r\nlang: en\r\n---\r\nTekst";
        let fm = FrontMatter::parse(text);
        assert_eq!(fm.account, Some(Account::Official));
        assert_eq!(fm.consent, Some(true));
        assert_eq!(fm.lang, Some(Lang::En));
        assert_eq!(&text[fm.range.end..], "Tekst");
        assert!(fm.problems.is_empty());
    }

    #[test]
    fn unclosed_block_is_text() {
        let fm = FrontMatter::parse("---\naccount: official\nGeen einde");
        assert_eq!(fm.range, 0..0);
        assert_eq!(fm.account, None);
    }

    #[test]
    fn bad_value_is_reported_with_its_range() {
        let text = "---\naccount: offical\n---\n";
        let fm = FrontMatter::parse(text);
        assert_eq!(fm.problems.len(), 1);
        assert_eq!(&text[fm.problems[0].range.clone()], "offical");
    }

    #[test]
    fn no_front_matter_without_opening_fence() {
        assert_eq!(FrontMatter::parse("Hallo\n---\n").range, 0..0);
    }
}
