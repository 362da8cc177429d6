//! Inline suppression comments (Markdown only; in plain text the comment
//! would be published):
//!
//! ```markdown
//! <!-- postlint-disable-next-line privacy/email, decency -->
//! <!-- postlint-disable disclaimer -->  …  <!-- postlint-enable disclaimer -->
//! ```
//!
//! Without a rule the comment applies to every rule.

use std::ops::Range;

use crate::catalog::RuleInfo;
use crate::document::{Document, SourceKind};

/// What the comment pattern of the tests matches (`tests::COMMENT`):
/// `<!--\s*postlint-(disable-next-line|disable|enable)\b([^>]*?)-->`.
/// Read by hand, because building that pattern took longer than the rest
/// of an editor's save.
struct Comment<'a> {
    whole: Range<usize>,
    keyword: &'a str,
    rest: &'a str,
}

const KEYWORDS: &[&str] = &["disable-next-line", "disable", "enable"];

/// Every suppression comment in `src`, leftmost first, not overlapping.
fn comments(src: &str) -> Vec<Comment<'_>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(found) = src[from..].find("<!--") {
        let start = from + found;
        match comment_at(src, start) {
            Some(c) => {
                from = c.whole.end;
                out.push(c);
            }
            None => from = start + 1,
        }
    }
    out
}

fn comment_at(src: &str, start: usize) -> Option<Comment<'_>> {
    let body = &src[start + 4..];
    let body = body.trim_start_matches(char::is_whitespace);
    let at = src.len() - body.len();
    let after_prefix = body.strip_prefix("postlint-")?;
    let at = at + "postlint-".len();
    KEYWORDS.iter().find_map(|kw| {
        let tail = after_prefix.strip_prefix(kw)?;
        // `\b`: the keyword ends in a letter, so the next character must
        // not be a word character.
        if tail
            .chars()
            .next()
            .is_some_and(regex_syntax::is_word_character)
        {
            return None;
        }
        // `([^>]*?)-->`: the first `>` must be the end of `-->`.
        let rest_start = at + kw.len();
        let close = rest_start + tail.find('>')?;
        if close < rest_start + 2 || &src.as_bytes()[close - 2..close] != b"--" {
            return None;
        }
        Some(Comment {
            whole: start..close + 1,
            keyword: &src[at..rest_start],
            rest: &src[rest_start..close - 2],
        })
    })
}

#[derive(Debug, Default)]
pub struct Suppressions {
    /// (0-based line that is suppressed, selectors; empty = all).
    next_line: Vec<(usize, Vec<String>)>,
    /// (text range, selectors; empty = all).
    ranges: Vec<(Range<usize>, Vec<String>)>,
    /// Comments naming a rule that does not exist.
    pub unknown: Vec<Range<usize>>,
}

fn applies(selectors: &[String], rule: &RuleInfo) -> bool {
    selectors.is_empty() || selectors.iter().any(|s| rule.matches(s))
}

impl Suppressions {
    pub fn parse(doc: &Document) -> Suppressions {
        let mut s = Suppressions::default();
        if doc.kind != SourceKind::Markdown {
            return s;
        }
        let mut open: Vec<(usize, Vec<String>)> = Vec::new();
        for html in &doc.structure.html {
            let src = &doc.text()[html.clone()];
            for c in comments(src) {
                let at = html.start + c.whole.start..html.start + c.whole.end;
                let selectors: Vec<String> = c
                    .rest
                    .split(|c: char| c == ',' || c.is_whitespace())
                    .filter(|w| !w.is_empty())
                    .map(str::to_string)
                    .collect();
                if selectors.iter().any(|sel| !crate::rules::is_selector(sel)) {
                    s.unknown.push(at.clone());
                }
                match c.keyword {
                    "disable-next-line" => {
                        s.next_line.push((doc.lines.line_of(at.end) + 1, selectors))
                    }
                    "disable" => open.push((at.end, selectors)),
                    _ => {
                        let (closing, still_open): (Vec<_>, Vec<_>) = open
                            .into_iter()
                            .partition(|(_, sel)| selectors.is_empty() || *sel == selectors);
                        open = still_open;
                        s.ranges.extend(
                            closing
                                .into_iter()
                                .map(|(start, sel)| (start..at.start, sel)),
                        );
                    }
                }
            }
        }
        s.ranges.extend(
            open.into_iter()
                .map(|(start, sel)| (start..doc.text().len(), sel)),
        );
        s
    }

    /// Whether a finding of `rule` starting at text offset `start` is off.
    pub fn covers(&self, doc: &Document, rule: &RuleInfo, start: usize) -> bool {
        let line = doc.lines.line_of(start);
        self.next_line
            .iter()
            .any(|(l, sel)| *l == line && applies(sel, rule))
            || self
                .ranges
                .iter()
                .any(|(r, sel)| r.contains(&start) && applies(sel, rule))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pattern [`comments`] reads by hand.
    static COMMENT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"<!--\s*postlint-(disable-next-line|disable|enable)\b([^>]*?)-->")
            .unwrap()
    });

    fn by_pattern(src: &str) -> Vec<(Range<usize>, String, String)> {
        COMMENT
            .captures_iter(src)
            .map(|c| {
                (
                    c.get(0).unwrap().range(),
                    c[1].to_string(),
                    c[2].to_string(),
                )
            })
            .collect()
    }

    fn by_hand(src: &str) -> Vec<(Range<usize>, String, String)> {
        comments(src)
            .into_iter()
            .map(|c| (c.whole, c.keyword.to_string(), c.rest.to_string()))
            .collect()
    }

    #[test]
    fn comments_are_read_as_the_pattern_reads_them() {
        for src in [
            "<!-- postlint-disable decency -->",
            "<!--postlint-enable-->",
            "<!--\u{a0}\n postlint-disable-next-line privacy/bsn, decency -->",
            "<!-- postlint-disable-next-linex -->",
            "<!-- postlint-disablex -->",
            "<!-- postlint-disable_x -->",
            "<!-- postlint-disable-é -->",
            "<!-- postlint-disable > -->",
            "<!-- postlint-disable --> <!-- postlint-enable -->",
            "<!-- <!-- postlint-enable -->",
            "<!-- postlint-disable <!-- postlint-enable -->",
            "<!-- postlint-enable->",
            "<!-- postlint-enable -- >",
            "<!-- postlint-disable-->",
            "<!-- postlint-disable-next-line-->",
        ] {
            assert_eq!(by_hand(src), by_pattern(src), "{src:?}");
        }
        use proptest::strategy::{Strategy, ValueTree};
        let strategy = proptest::string::string_regex(
            "(<!--|-->|<!-- postlint-|postlint-|disable|-next-line|enable|[ \t\n\u{a0}]|[a-z_>é-]){0,14}",
        )
        .unwrap();
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        for _ in 0..20_000 {
            let src = strategy.new_tree(&mut runner).unwrap().current();
            assert_eq!(by_hand(&src), by_pattern(&src), "{src:?}");
        }
    }

    fn doc(text: &str) -> Document {
        Document::from_bytes("a.md", text.as_bytes())
    }

    #[test]
    fn next_line_only() {
        let d =
            doc("<!-- postlint-disable-next-line privacy/email -->\nmail a@b.nl\nmail c@d.nl\n");
        let s = Suppressions::parse(&d);
        let email = crate::rules::rule("privacy/email").unwrap();
        let bsn = crate::rules::rule("privacy/bsn").unwrap();
        let first = d.text().find("a@b").unwrap();
        let second = d.text().find("c@d").unwrap();
        assert!(s.covers(&d, email, first));
        assert!(!s.covers(&d, bsn, first));
        assert!(!s.covers(&d, email, second));
    }

    #[test]
    fn ranges_by_family_until_enabled() {
        let d = doc(
            "alfa\n\n<!-- postlint-disable decency -->\n\nbravo\n\n<!-- postlint-enable decency -->\n\ncharlie\n",
        );
        let s = Suppressions::parse(&d);
        let prof = crate::rules::rule("decency/profanity").unwrap();
        let at = |w: &str| d.text().find(w).unwrap();
        assert!(!s.covers(&d, prof, at("alfa")));
        assert!(s.covers(&d, prof, at("bravo")));
        assert!(!s.covers(&d, prof, at("charlie")));
    }

    #[test]
    fn unclosed_disable_runs_to_the_end_and_unknown_rules_are_reported() {
        let d = doc("<!-- postlint-disable -->\n\nx\n\n<!-- postlint-disable privacy/bns -->\n");
        let s = Suppressions::parse(&d);
        assert!(s.covers(
            &d,
            crate::rules::rule("privacy/bsn").unwrap(),
            d.text().find('x').unwrap()
        ));
        assert_eq!(s.unknown.len(), 1);
    }

    #[test]
    fn plain_text_comments_do_nothing() {
        let d = Document::from_bytes("a.txt", b"<!-- postlint-disable -->\nx");
        assert!(!Suppressions::parse(&d).covers(
            &d,
            crate::rules::rule("privacy/bsn").unwrap(),
            27
        ));
    }
}
