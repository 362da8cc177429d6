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
use std::sync::LazyLock;

use regex::Regex;

use crate::catalog::{self, RuleInfo};
use crate::document::{Document, SourceKind};

static COMMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<!--\s*postlint-(disable-next-line|disable|enable)\b([^>]*?)-->")
        .expect("valid regex")
});

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
            // Every comment holds "postlint-": without it, no pattern to build.
            if memchr::memmem::find(src.as_bytes(), b"postlint-").is_none() {
                continue;
            }
            for cap in COMMENT.captures_iter(src) {
                let whole = cap.get(0).map_or(0..0, |m| m.range());
                let at = html.start + whole.start..html.start + whole.end;
                let selectors: Vec<String> = cap[2]
                    .split(|c: char| c == ',' || c.is_whitespace())
                    .filter(|w| !w.is_empty())
                    .map(str::to_string)
                    .collect();
                if selectors.iter().any(|sel| !catalog::is_selector(sel)) {
                    s.unknown.push(at.clone());
                }
                match &cap[1] {
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

    fn doc(text: &str) -> Document {
        Document::from_bytes("a.md", text.as_bytes())
    }

    #[test]
    fn next_line_only() {
        let d =
            doc("<!-- postlint-disable-next-line privacy/email -->\nmail a@b.nl\nmail c@d.nl\n");
        let s = Suppressions::parse(&d);
        let email = catalog::rule("privacy/email").unwrap();
        let bsn = catalog::rule("privacy/bsn").unwrap();
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
        let prof = catalog::rule("decency/profanity").unwrap();
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
            catalog::rule("privacy/bsn").unwrap(),
            d.text().find('x').unwrap()
        ));
        assert_eq!(s.unknown.len(), 1);
    }

    #[test]
    fn plain_text_comments_do_nothing() {
        let d = Document::from_bytes("a.txt", b"<!-- postlint-disable -->\nx");
        assert!(!Suppressions::parse(&d).covers(&d, catalog::rule("privacy/bsn").unwrap(), 27));
    }
}
