//! Properties that must hold for every input (proptest, default case
//! counts): spans on character boundaries inside the input; line, column
//! and UTF-16 column agree with the span; normalisation maps back inside
//! the original; redaction changes only matched spans; fix is idempotent;
//! output is sorted.

use postlint::normalize::Normalized;
use postlint::{Document, Lang, Linter, Settings};
use proptest::prelude::*;

/// Text built from pieces that make findings, in odd company.
fn draft() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("BSN 123456782".to_string()),
        Just("kut".to_string()),
        Just("k@nker".to_string()),
        Just("Scala College".to_string()),
        Just("jan@example.nl".to_string()),
        Just("06-48213377".to_string()),
        Just("NL91 ABNA 0417 1643 00".to_string()),
        Just("Luuk uit 2B".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just("😀".to_string()),
        Just("é".to_string()),
        Just("\u{200B}".to_string()),
        Just("\t".to_string()),
        Just("<!-- postlint-disable-next-line decency -->\n".to_string()),
        Just("```\ncode\n```\n".to_string()),
        "[a-zA-Z ]{0,12}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|v| v.join(" "))
}

fn position(text: &str, at: usize) -> (usize, usize, usize) {
    let before = &text[..at];
    let line_start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
    // A CR right before LF belongs to the same line ending.
    let line = before.matches('\n').count() + before.matches('\r').count()
        - before.matches("\r\n").count()
        + 1;
    let col = &text[line_start..at];
    (
        line,
        col.chars().count() + 1,
        col.encode_utf16().count() + 1,
    )
}

proptest! {
    #[test]
    fn spans_are_exact(text in draft(), markdown in any::<bool>()) {
        let name = if markdown { "p.md" } else { "p.txt" };
        let doc = Document::from_bytes(name, text.as_bytes());
        let diags = Linter::new(Settings::default()).lint(&doc);
        for w in diags.windows(2) {
            prop_assert!(w[0].span.start <= w[1].span.start, "sorted");
        }
        for d in &diags {
            prop_assert!(d.span.start <= d.span.end && d.span.end <= text.len());
            prop_assert!(text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end));
            prop_assert_eq!(&text[d.span.clone()], d.matched.as_str());
            let (line, col, utf16) = position(&text, d.span.start);
            prop_assert_eq!((d.start.line, d.start.column, d.start.utf16_column), (line, col, utf16));
        }
    }

    #[test]
    fn normalisation_maps_back_inside(text in any::<String>()) {
        let n = Normalized::new(&text);
        let bounds: Vec<usize> = (0..=n.text.len()).filter(|&i| n.text.is_char_boundary(i)).collect();
        for w in bounds.windows(2) {
            let r = n.source_range(&text, w[0]..w[1]);
            prop_assert!(r.start <= r.end && r.end <= text.len());
            prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        }
    }

    #[test]
    fn redact_changes_only_matched_spans(text in draft()) {
        let doc = Document::from_bytes("p.txt", text.as_bytes());
        let diags = Linter::new(Settings::default()).lint(&doc);
        let out = postlint::mask::redact_bytes(text.as_bytes(), &diags, Lang::Nl);
        let out = String::from_utf8(out).unwrap();
        // Removing the placeholders and the redacted spans leaves the same text.
        let mut spans: Vec<_> = diags.iter().filter(|d| d.rule.personal_data).map(|d| d.span.clone()).collect();
        spans.sort_by_key(|r| r.start);
        let mut kept = String::new();
        let mut at = 0;
        for r in &spans {
            if r.start >= at {
                kept.push_str(&text[at..r.start]);
                at = r.end;
            }
        }
        kept.push_str(&text[at..]);
        let mut stripped = out.clone();
        for d in &diags {
            stripped = stripped.replacen(postlint::mask::placeholder(d.rule, Lang::Nl), "", 1);
        }
        prop_assert_eq!(stripped, kept);
    }

    #[test]
    fn fix_is_idempotent(text in draft()) {
        let settings = Settings::default();
        let once = {
            let doc = Document::from_bytes("p.txt", text.as_bytes());
            let diags = Linter::new(settings.clone()).lint(&doc);
            postlint::fix::apply(&doc, postlint::fix::statement(&doc, &diags, &settings).as_deref()).unwrap()
        };
        if let Some(fixed) = once {
            let doc = Document::from_bytes("p.txt", &fixed);
            let diags = Linter::new(settings.clone()).lint(&doc);
            let twice = postlint::fix::apply(&doc, postlint::fix::statement(&doc, &diags, &settings).as_deref()).unwrap();
            prop_assert!(twice.is_none(), "second fix changed {:?}", String::from_utf8_lossy(&fixed));
        }
    }
}
