//! The pipeline: run the enabled detectors on a document, apply config
//! severities and suppression comments, place and sort the results.

use std::ops::Range;

use crate::catalog::{self, RuleInfo};
use crate::config::Settings;
use crate::diagnostic::{Diagnostic, Finding};
use crate::document::Document;
use crate::rules::{self, Context, Detector, Shared};
use crate::suppress::Suppressions;

pub struct Linter {
    settings: Settings,
    detectors: Vec<Box<dyn Detector>>,
}

impl Linter {
    pub fn new(settings: Settings) -> Linter {
        let detectors = rules::detectors(&settings)
            .into_iter()
            .filter(|d| d.rules().iter().any(|id| settings.is_enabled(id)))
            .collect();
        Linter {
            settings,
            detectors,
        }
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn lint(&self, doc: &Document) -> Vec<Diagnostic> {
        let shared = Shared::new(&rules::VOCABULARY);
        let cx = Context {
            doc,
            shared: &shared,
            settings: &self.settings,
            account: self
                .settings
                .account_override
                .or(doc.front_matter.account)
                .unwrap_or(self.settings.account),
        };
        let mut findings = Vec::new();
        for d in &self.detectors {
            d.check(&cx, &mut findings);
        }
        let suppressions = Suppressions::parse(doc);
        findings.retain(|f| {
            self.settings.is_enabled(f.rule)
                && catalog::rule(f.rule)
                    .is_some_and(|r| !suppressions.covers(doc, r, f.range.start))
        });
        findings.extend(input_findings(doc, &suppressions));

        let mut out: Vec<Diagnostic> = findings
            .into_iter()
            .filter_map(|f| self.place(doc, f))
            .collect();
        out.sort_by(|a, b| {
            (a.span.start, a.span.end, a.rule.id).cmp(&(b.span.start, b.span.end, b.rule.id))
        });
        out.dedup_by(|a, b| a.rule.id == b.rule.id && a.span == b.span);
        out
    }

    fn place(&self, doc: &Document, f: Finding) -> Option<Diagnostic> {
        let rule: &'static RuleInfo = catalog::rule(f.rule)?;
        let severity = match self.settings.severity_override(rule.id) {
            Some(configured) => configured?,
            None => f.severity.unwrap_or(rule.severity),
        };
        let r = f.range;
        Some(Diagnostic {
            rule,
            severity,
            span: doc.file_span(&r),
            start: doc.position(r.start),
            end: doc.position(r.end),
            matched: doc.text()[r.clone()].to_string(),
            text_span: r,
            detail: f.detail,
        })
    }
}

/// Problems with the input itself; they cannot be switched off.
fn input_findings(doc: &Document, suppressions: &Suppressions) -> Vec<Finding> {
    let mut out = Vec::new();
    if let Some(first) = doc.invalid.first() {
        out.push(Finding::new("input/encoding", first.clone()));
    }
    for p in &doc.front_matter.problems {
        out.push(Finding::new("input/front-matter", p.range.clone()));
    }
    for r in &suppressions.unknown {
        out.push(Finding::new("input/suppression", Range::clone(r)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Severity;

    fn lint(settings: Settings, path: &str, text: &str) -> Vec<Diagnostic> {
        Linter::new(settings).lint(&Document::from_bytes(path, text.as_bytes()))
    }

    fn ids(d: &[Diagnostic]) -> Vec<&str> {
        d.iter().map(|d| d.rule.id).collect()
    }

    #[test]
    fn finds_the_three_kinds_sorted() {
        let d = lint(
            Settings::default(),
            "a.txt",
            "Kut, BSN 123456782 van een leerling op het Scala College.",
        );
        assert_eq!(
            ids(&d),
            [
                "decency/profanity",
                "privacy/bsn",
                "disclaimer/personal-opinion",
                "disclaimer/third-party"
            ]
        );
        assert_eq!(d[1].matched, "123456782");
        assert_eq!(d[2].matched, "Scala College");
    }

    #[test]
    fn official_account_is_exempt_from_disclaimers() {
        let text = "---\naccount: official\n---\nOpen dag op het Scala College!";
        assert!(lint(Settings::default(), "a.md", text).is_empty());
        let forced = Settings {
            account_override: Some(crate::frontmatter::Account::Personal),
            ..Settings::default()
        };
        assert_eq!(lint(forced, "a.md", text).len(), 2);
    }

    #[test]
    fn disclaimed_post_is_clean() {
        let text = "Open dag op het Scala College! Mijn eigen mening, niet die van de school. \
                    Ik ben niet verantwoordelijk voor reacties van derden.";
        assert!(lint(Settings::default(), "a.txt", text).is_empty());
    }

    #[test]
    fn config_severity_select_and_ignore() {
        let text = "Mail jan@example.nl of bel, kut.";
        let mut s = Settings::default();
        s.severities
            .push(("privacy/email".into(), Some(Severity::Error)));
        let d = lint(s, "a.txt", text);
        assert_eq!(d[0].severity, Severity::Error);
        let s = Settings {
            ignore: vec!["decency".into()],
            ..Settings::default()
        };
        assert_eq!(ids(&lint(s, "a.txt", text)), ["privacy/email"]);
        let s = Settings {
            select: vec!["decency/profanity".into()],
            ..Settings::default()
        };
        assert_eq!(ids(&lint(s, "a.txt", text)), ["decency/profanity"]);
    }

    #[test]
    fn suppression_comment_in_markdown() {
        let text = "<!-- postlint-disable-next-line decency -->\nKut zeg.\n\nKut zeg.\n";
        let d = lint(Settings::default(), "a.md", text);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].start.line, 4);
    }

    #[test]
    fn code_is_not_linted() {
        let text = "Voorbeeld:\n\n```\nkut 123456782\n```\n\nen `jan@example.nl`.\n";
        assert!(lint(Settings::default(), "a.md", text).is_empty());
    }

    #[test]
    fn spans_point_into_the_file_with_bom_and_invalid_bytes() {
        let bytes = b"\xEF\xBB\xBF\xFFkut";
        let doc = Document::from_bytes("a.txt", bytes);
        let d = Linter::new(Settings::default()).lint(&doc);
        assert_eq!(ids(&d), ["input/encoding", "decency/profanity"]);
        assert_eq!(d[0].span, 3..4);
        assert_eq!(d[1].span, 4..7);
        assert_eq!(&bytes[d[1].span.clone()], b"kut");
    }

    #[test]
    fn catalog_examples_behave_for_every_implemented_rule() {
        let implemented: Vec<&str> = rules::detectors(&Settings::default())
            .iter()
            .flat_map(|d| d.rules().iter().copied())
            .collect();
        assert!(implemented.len() >= 10);
        for id in implemented {
            let rule = catalog::rule(id).unwrap();
            let bad = lint(Settings::default(), "a.md", rule.bad);
            assert!(
                bad.iter().any(|d| d.rule.id == id),
                "{id}: example does not fire: {:?}",
                rule.bad
            );
            let good = lint(Settings::default(), "a.md", rule.good);
            assert!(
                good.is_empty(),
                "{id}: better example fires: {:?}",
                ids(&good)
            );
        }
    }

    #[test]
    fn mailto_targets_are_checked() {
        let d = lint(
            Settings::default(),
            "a.md",
            "[Mail mij](mailto:jan@example.nl)",
        );
        assert_eq!(ids(&d), ["privacy/email"]);
        assert_eq!(d[0].matched, "jan@example.nl");
    }
}
