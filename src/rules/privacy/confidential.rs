//! `privacy/confidential`: Confidentiality markers: “vertrouwelijk”, “do not forward”, “embargo” …

//!
//! "Interne verhuizing", "vertrouwenspersoon" and "wordt vertrouwelijk
//! behandeld" are ordinary text.

use std::ops::Range;

use super::{Prose, Scanner, ValueRule, Values};
use crate::catalog::{OVERLAP_LAST, PRIV, RuleInfo, Scope, Severity, t};
use postlint_scan::sparse::Sparse;

pub static RULE: RuleInfo = RuleInfo {
    id: "privacy/confidential",
    severity: Severity::Error,
    articles: PRIV,
    scope: Scope::Span,
    personal_data: false,
    summary: t!(
        "Vertrouwelijkheidsmarkeringen: “vertrouwelijk”, “niet verder verspreiden”, “embargo” …",
        "Confidentiality markers: “vertrouwelijk”, “do not forward”, “embargo” …"
    ),
    why: t!(
        "Wat als vertrouwelijk is gemarkeerd, hoort niet op sociale media.",
        "What is marked confidential does not belong on social media."
    ),
    message: t!(
        "Vertrouwelijk materiaal in het bericht.",
        "Confidential material in the post."
    ),
    help: t!(
        "Publiceer dit niet; vraag bij twijfel je leidinggevende (U.11).",
        "Do not publish this; when in doubt ask your manager (U.11)."
    ),
    bad: "VERTROUWELIJK: de formatie voor volgend jaar.",
    good: "De formatie wordt binnenkort bekendgemaakt.",
    placeholder: None,
    overlap_rank: OVERLAP_LAST,
    source: file!(),
};

/// Read in every text; its markers stand apart from the values.
pub static CHECK: ValueRule = ValueRule {
    rule: &RULE,
    check: |_| Box::new(Confidential),
};

const CONFIDENTIAL_PATTERN: &str = r"(?x)\b(?:
            (?:strikt\s+|zeer\s+|streng\s+)?vertrouwelijk(?:e)?(?:\s+(?:document|stuk|informatie|memo|bericht|notitie|verslag))?
          | niet\s+(?:verder\s+)?(?:verspreiden|doorsturen|delen|doorvertellen)
          | (?:onder\s+)?embargo(?:\s+tot\s+\w+)?
          | interne?\s+(?:memo|notitie|mail|e-mail|document|documenten|stukken|nota|stuk|rapport|evaluatie)
          | (?:alleen\s+)?voor\s+intern\s+gebruik
          | personeelsdossier|leerlingdossier|leerlingendossier|dossier\s+van\s+(?:een\s+)?leerling
          | confidential|strictly\s+confidential|internal\s+only|do\s+not\s+(?:forward|share|distribute)|not\s+for\s+distribution
        )\b";

/// Rare in prose: searched around the words every marker holds.
static CONFIDENTIAL: Sparse = Sparse::new(CONFIDENTIAL_PATTERN);

pub struct Confidential;

impl Scanner for Confidential {
    const RULE: &'static RuleInfo = &RULE;

    fn scan(&self, hay: &str, out: &mut Vec<Range<usize>>) {
        for m in CONFIDENTIAL.find_iter(hay) {
            // "wordt vertrouwelijk behandeld" promises care; it is no marker.
            let after = hay[m.end..].trim_start();
            if hay[m.clone()].starts_with("vertrouwelijk") && after.starts_with("behandel") {
                continue;
            }
            out.push(m);
        }
    }
}

impl Values for Confidential {
    fn find(&self, text: &Prose<'_>, out: &mut Vec<Range<usize>>) {
        self.scan(text.hay, out);
    }

    /// A marker is about the text around it, not a value in it.
    fn competes(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Markers are found around the words the pattern holds, on long
    /// texts exactly as on the whole text.
    #[test]
    fn markers_are_found_where_they_are() {
        assert!(CONFIDENTIAL.anchors().is_some());
        postlint_scan::sparse::assert_sparse_holds(&CONFIDENTIAL);
    }

    fn found<S: Scanner>(s: S, text: &str) -> Vec<String> {
        let hay = crate::normalize::fold(text);
        let mut out = Vec::new();
        s.scan(&hay, &mut out);
        out.into_iter().map(|r| hay[r].to_string()).collect()
    }

    #[test]
    fn confidential_markers() {
        assert_eq!(
            found(
                Confidential,
                "VERTROUWELIJK – concept. Niet verder verspreiden!"
            ),
            ["vertrouwelijk", "niet verder verspreiden"]
        );
        assert_eq!(
            found(Confidential, "Uit de interne memo van de directie"),
            ["interne memo"]
        );
        assert_eq!(
            found(Confidential, "Onder embargo tot maandag: de uitslag"),
            ["onder embargo tot maandag"]
        );
        assert_eq!(
            found(Confidential, "mijn personeelsdossier ingezien"),
            ["personeelsdossier"]
        );
        assert!(found(Confidential, "De vertrouwenspersoon zit in kamer 0.12").is_empty());
        assert!(found(Confidential, "Interne verhuizing: lokaal 1.05").is_empty());
        assert!(found(Confidential, "Alles wordt vertrouwelijk behandeld.").is_empty());
    }
}
