//! `privacy/pupil-name`: A pupil's name in a pupil context.
//!
//! This file holds the rule's metadata and documentation; the check is
//! [`super::people`], which finds the people a post names once for the three rules about them.

use crate::catalog::{OVERLAP_LAST, RuleInfo, Scope, Severity, t};

pub static RULE: RuleInfo = RuleInfo {
    id: "privacy/pupil-name",
    severity: Severity::Warning,
    articles: &["A.2", "C.1", "B.5"],
    scope: Scope::Span,
    personal_data: true,
    summary: t!(
        "De naam van een leerling in een leerlingcontext.",
        "A pupil's name in a pupil context."
    ),
    why: t!(
        "Namen van leerlingen zijn persoonsgebonden informatie over leerlingen.",
        "Pupils' names are personal data about pupils."
    ),
    message: t!(
        "Naam van een leerling in het bericht.",
        "Pupil's name in the post."
    ),
    help: t!(
        "Laat de naam weg of vraag eerst toestemming.",
        "Leave the name out or ask for consent first."
    ),
    bad: "Complimenten voor leerling Sanne de Vries uit 3B!",
    good: "Complimenten voor klas 3B!",
    placeholder: Some(t!("[NAAM]", "[NAME]")),
    overlap_rank: OVERLAP_LAST,
    source: file!(),
};

#[cfg(test)]
mod tests {
    use crate::{Document, Linter, Settings};

    fn names(text: &str) -> Vec<String> {
        let doc = Document::from_bytes("a.txt", text.as_bytes());
        Linter::new(Settings::default())
            .lint(&doc)
            .into_iter()
            .filter(|d| d.rule.id == super::RULE.id)
            .map(|d| text[d.text_span.clone()].to_string())
            .collect()
    }

    /// A name tied to what a school holds of a person, or to a parent, is
    /// a pupil's or a parent's name: drafts of that family of sentences.
    #[test]
    fn names_tied_to_records_and_family() {
        for (text, want) in [
            (
                "Kan iemand dit doorsturen naar de vader van Lotte? Zijn mail is rob.vos64@hotmail.com",
                "Lotte",
            ),
            ("Na de ouderavond belde de vader van Lotte nog.", "Lotte"),
            (
                "telnr moeder van Bo: 06-39281744 (voor als de bus later is)",
                "Bo",
            ),
            (
                "De tolk vroeg om het BSN van de moeder van Aylin, voor de inschrijving.",
                "Aylin",
            ),
            ("ff checken, het BSN van Daan was toch 529972001?", "Daan"),
            (
                "BSN 813128006 hoort bij de aanmelding van Loek Stook.",
                "Loek Stook",
            ),
            ("Voor de verzekering: Mees, bsn 321146487.", "Mees"),
            (
                "- Naam: Sem de Wit\n- BSN: 178598835\n- Klas: 1C",
                "Sem de Wit",
            ),
            ("Het adres van Fenna is Dorpsstraat 12 in Gouda.", "Fenna"),
            (
                "De ouders van Yara vragen of ze eerder uit de les mag.",
                "Yara",
            ),
            ("Sanne woont op de Dorpsstraat 12 in Gouda.", "Sanne"),
        ] {
            assert!(
                names(text).iter().any(|n| n == want),
                "{text}: {:?}",
                names(text)
            );
        }
    }

    /// Staff, public figures with their surname, and names far from any
    /// personal value stay as they were.
    #[test]
    fn not_every_name_near_a_value_or_family() {
        for text in [
            "Mail juf Sanne: 06-48213377 voor vragen.",
            "We lazen over de vader van Anne Frank.",
            "De moeder van Willem-Alexander bezocht de stad.",
            "Groetjes, Lotte\n\nBel de administratie: 0182-614290",
            "Vincent van Gogh schilderde zonnebloemen.",
            "Info bij Wim, 0172 49 38 21",
            "| Kampleider | Ruud | 06-11223344 |",
            "Betalen voor de pizza: NL12INGB5515058770 (Kim)",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
    }
}
