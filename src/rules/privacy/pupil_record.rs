//! `privacy/pupil-record`: Grades, absence, suspension or record facts about an identifiable pupil.
//!
//! Its check reads the people [`super::people`] finds: record facts in a
//! sentence that names a pupil.

use std::ops::Range;
use std::sync::LazyLock;

use postlint_scan::pattern::Lazy;

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

static RECORD: LazyLock<Lazy> = LazyLock::new(|| {
    Lazy::new(
        r"(?x)\b(?:
            van\s+een\s+\d{1,2}(?:[,.]\d{1,2})?\s+naar\s+een\s+\d{1,2}(?:[,.]\d{1,2})?(?:\s+voor\s+[\p{L}-]+)?
          | (?:een|je|zijn|haar|a|an|his|her)\s+\d{1,2}(?:[,.]\d{1,2})?\s+(?:voor|for|op|in)\s+[\p{L}-]+
          | (?:is\s+|wordt\s+|werd\s+)?geschorst | schorsing | verwijderd\s+van\s+school | van\s+school\s+gestuurd
          | (?:al\s+)?\d+\s+(?:keer|x|maal)\s+(?:te\s+laat|afwezig|ongeoorloofd\s+afwezig|gespijbeld|uit\s+de\s+les\s+gestuurd)(?:\s+gekomen|\s+geweest)?
          | blijft\s+zitten | blijven\s+zitten | zit\s+(?:dit\s+jaar\s+)?te\s+blijven | is\s+gezakt | gezakt\s+voor
          | spijbelt | heeft\s+gespijbeld | ongeoorloofd\s+afwezig | strafwerk | nablijven
          | (?:cijfer|gemiddelde?)(?:\s+[\p{L}-]+){0,3}\s+(?:is|was|staat\s+op)?\s*een\s+\d{1,2}(?:[,.]\d{1,2})?
          | (?:een|twee|drie|vier|vijf|\d+)\s+(?:onvoldoendes|tekortpunten) | op\s+\d+\s+tekortpunten
          | \d+\s+(?:uur|lessen|dagen|keer)\s+(?:ongeoorloofd\s+)?(?:verzuim|gemist|afwezig|ziek\s*gemeld)
          | (?:ongeoorloofd\s+)?verzuim | examen\s+verknald | (?:offici[eë]le\s+)?waarschuwing\s+gekregen
          | zorgdossier
          | has\s+missed\s+\d+\s+(?:lessons|classes|days|school\s+days)(?:\s+this\s+\w+)?
          | (?:was\s+|got\s+|has\s+been\s+)?(?:suspended|expelled|excluded) | failed\s+(?:his|her|their)\s+\w+ | got\s+(?:a|an)\s+\d+(?:\.\d)?\s+(?:in|for)\s+\w+
        )\b",
    )
});

/// Pupil-record spans in `hay` (lower-case text aligned with `people`):
/// record facts in the sentence that names a person, or in the sentence
/// after it ("Ik heb met Noa gesproken. Haar cijfer voor Duits is een
/// 2,1"). A record fact ties the person to school life: a named person
/// it is about (not staff) is then a pupil.
pub fn pupil_records(hay: &str, people: &mut [NamedPerson]) -> Vec<Range<usize>> {
    debug_assert!(people.is_sorted_by_key(|p| p.range.start));
    let mut out = Vec::new();
    // People whose start lies in `s` and who can be a pupil.
    let in_sentence = |people: &[NamedPerson], s: &Range<usize>| -> Range<usize> {
        let from = people.partition_point(|p| p.range.start < s.start);
        let to = people.partition_point(|p| p.range.start < s.end);
        from..to
    };
    // Facts are sought only where they can be about someone: the
    // sentences that name a person, and the sentences after those.
    let mut spans: Vec<Range<usize>> = Vec::new();
    for p in people.iter().filter(|p| !p.staff) {
        let s = sentence_at(hay, p.range.start);
        let next = (s.end < hay.len()).then(|| sentence_at(hay, s.end));
        spans.push(s);
        spans.extend(next);
    }
    spans.sort_by_key(|r| (r.start, r.end));
    spans.dedup();
    let mut facts: Vec<Range<usize>> = Vec::new();
    for span in &spans {
        facts.extend(
            RECORD
                .find_iter(&hay[span.clone()])
                .into_iter()
                .map(|m| span.start + m.start..span.start + m.end),
        );
    }
    facts.sort_by_key(|r| (r.start, r.end));
    facts.dedup();
    for m in facts {
        let s = sentence_at(hay, m.start);
        let mut about = in_sentence(people, &s);
        if !people[about.clone()].iter().any(|p| !p.staff) && s.start > 0 {
            let before = sentence_at(hay, s.start - 1);
            about = in_sentence(people, &before);
        }
        let mut named = false;
        for p in people[about].iter_mut().filter(|p| !p.staff) {
            p.pupil = true;
            named = true;
        }
        if named {
            out.push(m);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::privacy::people::named_people;

    fn records(text: &str) -> Vec<String> {
        let mut people = named_people(text, &text.to_lowercase(), true);
        pupil_records(&text.to_lowercase(), &mut people)
            .into_iter()
            .map(|r| text[r].to_string())
            .collect()
    }

    /// A record fact about a person the post names, in that sentence or
    /// the next: drafts of that family, and facts about no one.
    #[test]
    fn records_of_a_named_person_in_this_sentence_or_the_next() {
        for (text, want) in [
            (
                "Daan had een 3,4 voor zijn wiskundetoets, dus we oefenen.",
                "een 3,4 voor zijn",
            ),
            (
                "Helaas is Sanne gezakt voor haar eindexamen.",
                "gezakt voor",
            ),
            (
                "Loek heeft al 42 uur ongeoorloofd verzuim.",
                "42 uur ongeoorloofd verzuim",
            ),
            ("Fedde blijft zitten, helaas.", "blijft zitten"),
            (
                "Ik heb met Noa gesproken. Haar cijfer voor Duits is een 2,1 dus ze moet herkansen.",
                "cijfer voor duits is een 2,1",
            ),
            (
                "Jonas is van school gestuurd na het incident.",
                "van school gestuurd",
            ),
            (
                "Voor de vergadering: Teun staat op 4 tekortpunten.",
                "op 4 tekortpunten",
            ),
            (
                "Ik zag dat Femke al 9 lessen gemist heeft.",
                "9 lessen gemist",
            ),
            (
                "Het zorgdossier van Dewi ligt bij de zorgcoordinator.",
                "zorgdossier",
            ),
            ("Luca heeft zijn examen verknald.", "examen verknald"),
        ] {
            let got = records(text);
            assert!(
                got.iter().any(|r| r.to_lowercase() == want),
                "{text}: {got:?}"
            );
        }
        for text in [
            "Een onvoldoende is geen ramp, zegt de mentor.",
            "Het verzuim in de bovenbouw daalt dit jaar.",
            "Juf Sanne heeft een 8 voor haar rijexamen.",
            "Vandaag geen strafwerk voor de klas.",
        ] {
            assert!(records(text).is_empty(), "{text}: {:?}", records(text));
        }
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
