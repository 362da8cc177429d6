//! Word lists in `lexicons/`: one entry a line, reviewed like code and
//! compiled into the binary.
//!
//! ```text
//! # term | category | severity | tags | note
//! kanker | profanity | error | disease | ziektevloek
//! ```

use crate::catalog::Severity;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    /// Also the name of an illness: quiet after a medical cue.
    Disease,
    /// Only as an exclamation: followed by `,` `!` `?` or the line end.
    Interjection,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub term: String,
    pub category: String,
    pub severity: Severity,
    /// Context conditions, see the head of `lexicons/decency-nl.txt`.
    pub tags: Vec<Tag>,
    pub note: String,
    /// 1-based line in its file, for error messages.
    pub line: usize,
}

/// Parse a lexicon; errors name the line.
pub fn parse(name: &str, text: &str) -> Result<Vec<Entry>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('|').map(str::trim).collect();
        if cols.len() < 4 || cols[0].is_empty() || cols[1].is_empty() {
            return Err(format!(
                "{name}:{}: expected `term | category | severity | tags | note`",
                n + 1
            ));
        }
        let severity = match cols[2] {
            "error" => Severity::Error,
            "warning" => Severity::Warning,
            other => return Err(format!("{name}:{}: unknown severity `{other}`", n + 1)),
        };
        let mut tags = Vec::new();
        for tag in cols[3]
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty() && *t != "-")
        {
            tags.push(match tag {
                "disease" => Tag::Disease,
                "interjection" => Tag::Interjection,
                other => return Err(format!("{name}:{}: unknown tag `{other}`", n + 1)),
            });
        }
        out.push(Entry {
            term: cols[0].to_string(),
            category: cols[1].to_string(),
            severity,
            tags,
            note: cols.get(4).map(|s| s.to_string()).unwrap_or_default(),
            line: n + 1,
        });
    }
    Ok(out)
}

/// The embedded lexicons, by file name.
pub const DECENCY_NL: (&str, &str) = ("decency-nl.txt", include_str!("../lexicons/decency-nl.txt"));
pub const DECENCY_EN: (&str, &str) = ("decency-en.txt", include_str!("../lexicons/decency-en.txt"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_entries_and_skips_comments() {
        let e = parse("t", "# kop\n\nkanker | profanity | error | disease | ziektevloek\nshit|profanity|warning|-\n").unwrap();
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].term, "kanker");
        assert_eq!(e[0].tags, [Tag::Disease]);
        assert_eq!(e[0].note, "ziektevloek");
        assert!(e[1].tags.is_empty());
        assert_eq!(e[1].severity, Severity::Warning);
        assert_eq!(e[1].line, 4);
    }

    #[test]
    fn reports_bad_lines() {
        assert!(
            parse("t", "kanker | profanity")
                .unwrap_err()
                .contains("t:1")
        );
        assert!(
            parse("t", "kanker | profanity | loud | -")
                .unwrap_err()
                .contains("loud")
        );
        assert!(
            parse("t", "kanker | profanity | error | rare")
                .unwrap_err()
                .contains("rare")
        );
    }

    #[test]
    fn embedded_lexicons_are_valid_and_have_no_duplicates() {
        for (name, text) in [DECENCY_NL, DECENCY_EN] {
            let entries = parse(name, text).unwrap();
            assert!(!entries.is_empty(), "{name}");
            let mut seen = std::collections::HashSet::new();
            for e in &entries {
                let folded = crate::normalize::fold(&e.term);
                assert!(
                    seen.insert(folded.clone()),
                    "{name}:{}: duplicate `{}`",
                    e.line,
                    e.term
                );
                let rule = format!("decency/{}", e.category);
                assert!(
                    crate::catalog::rule(&rule).is_some(),
                    "{name}:{}: unknown category `{}`",
                    e.line,
                    e.category
                );
            }
        }
    }
}
