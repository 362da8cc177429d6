//! `privacy/pupil-record`: Grades, absence, suspension or record facts about an identifiable pupil.
//!
//! Its check reads the people [`super::people`] finds: record facts in a
//! sentence that names a pupil.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::people::NamedPerson;
use crate::catalog::{OVERLAP_LAST, PRIV, RuleInfo, Scope, Severity, t};
use crate::rules::text::sentence_at;

pub static RULE: RuleInfo = RuleInfo {
    id: "privacy/pupil-record",
    severity: Severity::Error,
    articles: PRIV,
    scope: Scope::Span,
    personal_data: true,
    summary: t!(
        "Cijfers, verzuim, schorsing of dossiergegevens van een herkenbare leerling.",
        "Grades, absence, suspension or record facts about an identifiable pupil."
    ),
    why: t!(
        "Schoolresultaten en dossierfeiten van een leerling zijn vertrouwelijk.",
        "A pupil's results and record facts are confidential."
    ),
    message: t!(
        "Gegevens uit het leerlingdossier in het bericht.",
        "Facts from a pupil's record in the post."
    ),
    help: t!(
        "Bespreek dit alleen via de officiële kanalen, niet op sociale media.",
        "Discuss this only through official channels, not on social media."
    ),
    bad: "Daan uit 4B heeft weer een 3,2 voor wiskunde.",
    good: "De wiskundetoets van 4B was pittig.",
    placeholder: Some(t!("[LEERLINGGEGEVENS]", "[PUPIL RECORD]")),
    overlap_rank: OVERLAP_LAST,
    source: file!(),
};

static RECORD: LazyLock<Regex> = LazyLock::new(|| {
    postlint_scan::pattern::ascii(
        r"(?x)\b(?:
            van\s+een\s+\d{1,2}(?:[,.]\d{1,2})?\s+naar\s+een\s+\d{1,2}(?:[,.]\d{1,2})?(?:\s+voor\s+[\p{L}-]+)?
          | (?:een|je|zijn|haar|a|an|his|her)\s+\d{1,2}(?:[,.]\d{1,2})?\s+(?:voor|for|op|in)\s+[\p{L}-]+
          | (?:is\s+|wordt\s+|werd\s+)?geschorst | schorsing | verwijderd\s+van\s+school | van\s+school\s+gestuurd
          | (?:al\s+)?\d+\s+(?:keer|x|maal)\s+(?:te\s+laat|afwezig|ongeoorloofd\s+afwezig|gespijbeld|uit\s+de\s+les\s+gestuurd)(?:\s+gekomen|\s+geweest)?
          | blijft\s+zitten | blijven\s+zitten | zit\s+(?:dit\s+jaar\s+)?te\s+blijven | is\s+gezakt | gezakt\s+voor
          | spijbelt | heeft\s+gespijbeld | ongeoorloofd\s+afwezig | strafwerk | nablijven
          | has\s+missed\s+\d+\s+(?:lessons|classes|days|school\s+days)(?:\s+this\s+\w+)?
          | (?:was\s+|got\s+|has\s+been\s+)?(?:suspended|expelled|excluded) | failed\s+(?:his|her|their)\s+\w+ | got\s+(?:a|an)\s+\d+(?:\.\d)?\s+(?:in|for)\s+\w+
        )\b",
    )
});

/// Pupil-record spans in `hay` (lower-case text aligned with `people`):
/// record facts in a sentence that names a pupil.
pub fn pupil_records(hay: &str, people: &[NamedPerson]) -> Vec<Range<usize>> {
    let mut seen: Vec<Range<usize>> = Vec::new();
    let mut out = Vec::new();
    for p in people.iter().filter(|p| p.pupil) {
        let s = sentence_at(hay, p.range.start);
        if seen.contains(&s) {
            continue;
        }
        out.extend(
            RECORD
                .find_iter(&hay[s.clone()])
                .map(|m| s.start + m.start()..s.start + m.end()),
        );
        seen.push(s);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::privacy::people::named_people;

    fn records(text: &str) -> Vec<String> {
        let people = named_people(text, &text.to_lowercase());
        pupil_records(&text.to_lowercase(), &people)
            .into_iter()
            .map(|r| text[r].to_string())
            .collect()
    }

    #[test]
    fn records_need_a_named_pupil() {
        assert_eq!(
            records("Noor Bakker uit 4H heeft een 2,1 voor Frans. Ik weet"),
            ["een 2,1 voor Frans"]
        );
        assert_eq!(
            records("Milan uit 3C is vandaag geschorst na de vechtpartij."),
            ["geschorst"]
        );
        assert_eq!(
            records("Ruben (2A) is deze maand al 11 keer te laat gekomen."),
            ["al 11 keer te laat gekomen"]
        );
        assert_eq!(
            records("Daniel in 3B has missed 15 lessons this term"),
            ["has missed 15 lessons this term"]
        );
        assert!(records("Klassengemiddelde voor de toets Engels in 3 vwo: 6,9.").is_empty());
        assert!(records("Het verzuim in de bovenbouw: 6% ongeoorloofd.").is_empty());
    }
}
