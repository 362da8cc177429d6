//! `privacy/confidential`: Confidentiality markers: “vertrouwelijk”, “do not forward”, “embargo” …

//!
//! "Interne verhuizing", "vertrouwenspersoon" and "wordt vertrouwelijk
//! behandeld" are ordinary text.

use std::ops::Range;

use super::{Prose, Scanner, ValueRule, Values};
use crate::catalog::{OVERLAP_LAST, PRIV, RuleInfo, Scope, Severity, t};
use crate::rules::text::{words_after, words_before};
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
            // "olie-embargo": the tail of a compound names a topic.
            let compound = hay[..m.start]
                .strip_suffix('-')
                .is_some_and(|b| b.ends_with(char::is_alphabetic));
            if compound || is_manner(hay, &m) {
                continue;
            }
            out.push(m);
        }
    }
}

/// Verbs of handling information, by the start of their forms:
/// "behandeld", "omgaan", "bewaren", "verwerkt", "opgeslagen" …
const HANDLING: &[&str] = &[
    "behandel",
    "omga",
    "omgegaan",
    "om",
    "bewaar",
    "bewaard",
    "verwerk",
    "opgeslagen",
    "opslaan",
    "besproken",
    "bespreek",
    "bespreken",
    "gedeeld",
    "delen",
    "gebruik",
    "gebruikt",
];

/// Words of care a promise pairs "vertrouwelijk" with: "anoniem en
/// vertrouwelijk", "zorgvuldig en vertrouwelijk".
const CARE: &[&str] = &[
    "anoniem",
    "veilig",
    "zorgvuldig",
    "discreet",
    "respectvol",
    "integer",
    "vertrouwd",
];

/// English: "kept confidential", "treated as confidential".
const KEPT: &[&str] = &[
    "kept", "keep", "treated", "treat", "handled", "remain", "remains", "stay", "stays", "as",
];

/// Whether the marker `m` of `hay` says how information is handled rather
/// than labelling the text: "wordt vertrouwelijk behandeld", "we gaan er
/// vertrouwelijk mee om", "op een vertrouwelijke manier", "anoniem en
/// vertrouwelijk", "will be kept confidential". A marker naming the kind
/// of text ("vertrouwelijk document") or standing as a label is none.
fn is_manner(hay: &str, m: &Range<usize>) -> bool {
    let found = &hay[m.clone()];
    let word = found.rsplit(char::is_whitespace).next().unwrap_or(found);
    let dutch = matches!(word, "vertrouwelijk" | "vertrouwelijke");
    if !dutch && word != "confidential" {
        return false;
    }
    // A label stands alone: "VERTROUWELIJK – concept", "Vertrouwelijk:".
    let after = hay[m.end..].trim_start_matches([' ', '\t']);
    if after.starts_with([':', '–', '-', '\n']) || after.is_empty() {
        return false;
    }
    let before = words_before(hay, m.start, 2);
    let next = words_after(hay, m.end, 4);
    if dutch {
        let handled = next
            .iter()
            .any(|w| HANDLING.iter().any(|h| w.starts_with(h)));
        let manier = next.first() == Some(&"manier");
        let paired = before.last().is_some_and(|w| *w == "en" || *w == "of")
            && before.first().is_some_and(|w| CARE.contains(w));
        handled || manier || paired
    } else {
        before.last().is_some_and(|w| KEPT.contains(w))
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
    use crate::rules::privacy::testing::found;

    /// Markers are found around the words the pattern holds, on long
    /// texts exactly as on the whole text.
    #[test]
    fn markers_are_found_where_they_are() {
        assert!(CONFIDENTIAL.anchors().is_some());
        postlint_scan::sparse::assert_sparse_holds(&CONFIDENTIAL);
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

    /// Policy and help text that promises careful handling is no marker;
    /// a label on the text, or a kind of confidential text, is.
    #[test]
    fn promises_of_care_are_no_markers() {
        for text in [
            "We gaan zorgvuldig en vertrouwelijk om met uw gegevens.",
            "Uw melding wordt anoniem en vertrouwelijk verwerkt.",
            "De mentor gaat vertrouwelijk om met wat je vertelt.",
            "Wij bewaren dossiers op een vertrouwelijke manier.",
            "Gegevens worden strikt vertrouwelijk behandeld.",
            "Je kunt veilig en vertrouwelijk met de vertrouwenspersoon praten.",
            "Alles wat je zegt, wordt vertrouwelijk besproken.",
            "Informatie wordt vertrouwelijk opgeslagen in Magister.",
            "All information will be kept confidential.",
            "Your answers are treated as confidential.",
            "Bij geschiedenis ging het over het olie-embargo van 1973.",
        ] {
            assert!(
                found(Confidential, text).is_empty(),
                "{text}: {:?}",
                found(Confidential, text)
            );
        }
        for (text, want) in [
            ("VERTROUWELIJK: uitslagen 6V", "vertrouwelijk"),
            ("Vertrouwelijk – alleen voor de sectie", "vertrouwelijk"),
            (
                "Dit is een vertrouwelijk document van de directie.",
                "vertrouwelijk document",
            ),
            (
                "In de bijlage vertrouwelijke informatie over 3B",
                "vertrouwelijke informatie",
            ),
            (
                "Strikt vertrouwelijk\nDe cijfers van 4H",
                "strikt vertrouwelijk",
            ),
            ("CONFIDENTIAL - draft minutes", "confidential"),
        ] {
            assert_eq!(found(Confidential, text), [want], "{text}");
        }
    }
}
