//! `privacy/special-category`: Health, religion, ethnicity, sexual orientation or criminal facts about an identifiable person (GDPR art. 9).
//!
//! Its check reads the people [`super::people`] finds: a term in a
//! sentence that names a person or points at one.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::people::NamedPerson;
use crate::catalog::{OVERLAP_LAST, PRIV, RuleInfo, Scope, Severity, t};
use crate::rules::text::sentence_at;
use postlint_scan::sparse::{Places, Sparse};

pub static RULE: RuleInfo = RuleInfo {
    id: "privacy/special-category",
    severity: Severity::Error,
    articles: PRIV,
    scope: Scope::Span,
    personal_data: true,
    summary: t!(
        "Gezondheid, geloof, afkomst, seksuele geaardheid of strafrecht over een herkenbaar persoon (AVG art. 9).",
        "Health, religion, ethnicity, sexual orientation or criminal facts about an identifiable person (GDPR art. 9)."
    ),
    why: t!(
        "Bijzondere persoonsgegevens zijn extra beschermd door de AVG.",
        "Special categories of personal data are specially protected by the GDPR."
    ),
    message: t!(
        "Bijzonder persoonsgegeven (gezondheid, geloof, afkomst …) in het bericht.",
        "Special-category personal data (health, religion, ethnicity …) in the post."
    ),
    help: t!(
        "Haal dit weg; deel dit nooit publiek.",
        "Remove it; never share this publicly."
    ),
    bad: "Mevrouw Bakker is met een burn-out thuis.",
    good: "Mevrouw Bakker is een tijdje afwezig.",
    placeholder: Some(t!("[BIJZONDER GEGEVEN]", "[SPECIAL CATEGORY]")),
    overlap_rank: OVERLAP_LAST,
    source: file!(),
};

const SPECIAL_PATTERN: &str = r"(?x)\b(?:
            diabetes | epilepsie | adhd | autisme | autistisch | depressie | depressief | burn-?out | overspannen
          | [a-z]*kanker | leukemie | tumor | chemo(?:therapie)? | bestraling | zwanger | miskraam | anorexia | eetstoornis
          | boulimia | zelfmoord\w* | suicid\w* | psychose | bipolair | schizofren\w* | hiv | aids | reuma | dementie
          | alzheimer | angststoornis | paniekaanvallen | verslaafd | verslaving | opgenomen\s+in\s+(?:het\s+ziekenhuis|de\s+ggz|een\s+kliniek)
          | ramadan | moskee | synagoge | moslima? | joods | katholiek | hindoe\w* | gelovig
          | homo | lesbisch | biseksueel | transgender | uit\s+de\s+kast
          | opgepakt | gearresteerd | aangehouden | veroordeeld | strafblad | celstraf | taakstraf | zit\s+vast | in\s+de\s+cel
          | rijden\s+onder\s+invloed
        )\b";

/// Rare in prose: searched around the words every term holds.
pub static SPECIAL: Sparse = Sparse::new(SPECIAL_PATTERN);

/// English terms, only in sentences that are not Dutch ("de Gay Parade").
const SPECIAL_EN_PATTERN: &str = r"\b(?:depression|depressed|cancer|pregnant|diabetic|epilepsy|autistic|arrested|convicted|criminal\s+record|rehab|chemotherapy|miscarriage|gay|lesbian|bisexual|diabetes|adhd|autism|burn-?out)\b";

pub static SPECIAL_EN: Sparse = Sparse::new(SPECIAL_EN_PATTERN);

/// Someone identifiable without a name: "mijn collega", "onze conciërge".
static POINTED: LazyLock<Regex> = LazyLock::new(|| {
    postlint_scan::pattern::ascii(
        r"(?x)\b(?:
            (?:mevrouw|meneer|mevr|dhr|juf|meester|mr|mrs|ms)\.?\s+\p{L}+
          | (?:mijn|onze|m'n|de|die|deze)\s+(?:collega|vader|moeder|man|vrouw|zoon|dochter|broer|zus|buurman|buurvrouw|partner|opa|oma|leerling|mentorleerling|concierge|conciërge|directeur|rector|teamleider|conrector|stagiair|stagiaire|invaller|vriend|vriendin|schoonmaker|administratief\s+medewerker)
          | my\s+(?:colleague|dad|father|mother|mum|mom|son|daughter|wife|husband|brother|sister|student|pupil|partner|neighbour|neighbor)
          | our\s+(?:caretaker|head|headteacher|principal|deputy|janitor|colleague)
        )\b",
    )
});

fn within(r: &Range<usize>, s: &Range<usize>) -> bool {
    r.start >= s.start && r.start < s.end
}

/// Special-category spans in `hay` about a named or pointed-at person.
#[cfg(test)]
pub fn special_categories(hay: &str, people: &[NamedPerson]) -> Vec<Range<usize>> {
    let places = [SPECIAL.places(hay), SPECIAL_EN.places(hay)];
    special_categories_in(hay, people, &places)
}

/// [`special_categories`] given where [`SPECIAL`] and [`SPECIAL_EN`] can
/// match in `hay`.
pub fn special_categories_in(
    hay: &str,
    people: &[NamedPerson],
    [nl, en]: &[Places; 2],
) -> Vec<Range<usize>> {
    let mut terms: Vec<Range<usize>> = SPECIAL.find_iter_in(hay, nl);
    terms.extend(
        SPECIAL_EN
            .find_iter_in(hay, en)
            .into_iter()
            .filter(|r| crate::language::is_not_dutch(&hay[sentence_at(hay, r.start)])),
    );
    // "homo-onvriendelijk" is about a city, not a person's orientation.
    terms.retain(|r| !hay[r.end..].starts_with('-'));
    // People come in text order: the first one at or after the sentence
    // start tells whether one starts inside it.
    debug_assert!(people.is_sorted_by_key(|p| p.range.start));
    let person_in = |s: &Range<usize>| {
        let i = people.partition_point(|p| p.range.start < s.start);
        people.get(i).is_some_and(|p| within(&p.range, s))
    };
    terms.retain(|r| {
        let s = sentence_at(hay, r.start);
        person_in(&s) || POINTED.is_match(&hay[s])
    });
    terms.sort_by_key(|r| r.start);
    // "opgepakt voor rijden onder invloed": one fact, one finding.
    let mut merged: Vec<Range<usize>> = Vec::new();
    for r in terms {
        match merged.last_mut() {
            Some(last)
                if r.start <= last.end
                    || (r.start <= last.end + 12
                        && !hay[last.end..r.start].contains([',', '.', ';'])) =>
            {
                last.end = last.end.max(r.end)
            }
            _ => merged.push(r),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::privacy::people::named_people;

    /// What the patterns are said to start with holds (see
    /// `pattern::assert_starts_hold`).
    #[test]
    fn start_words_hold() {
        for p in [SPECIAL.pattern(), SPECIAL_EN.pattern()] {
            postlint_scan::pattern::assert_starts_hold(p.as_str());
        }
        assert!(SPECIAL_EN.pattern().starts().is_some());
    }

    /// The terms are found around the words their patterns hold, on
    /// long texts exactly as on the whole text.
    #[test]
    fn terms_are_found_where_they_are() {
        for p in [&SPECIAL, &SPECIAL_EN] {
            assert!(p.anchors().is_some(), "{}", p.pattern().as_str());
            postlint_scan::sparse::assert_sparse_holds(p);
        }
    }

    fn special(text: &str) -> Vec<String> {
        let people = named_people(text, &text.to_lowercase(), true);
        special_categories(&text.to_lowercase(), &people)
            .into_iter()
            .map(|r| text[r].to_string())
            .collect()
    }

    #[test]
    fn special_categories_about_someone() {
        assert_eq!(special("Lieke uit 2A heeft diabetes, dus"), ["diabetes"]);
        assert_eq!(
            special("Mijn collega Ingrid zit al drie maanden thuis met een burn-out."),
            ["burn-out"]
        );
        assert_eq!(
            special("Mijn vader heeft kanker. Ik ben er minder."),
            ["kanker"]
        );
        assert_eq!(
            special("Onze conciërge is opgepakt voor rijden onder invloed."),
            ["opgepakt voor rijden onder invloed"]
        );
        assert!(special("Hans (34) zat na de Gay Parade uit te rusten.").is_empty());
        assert!(special("Dat Rotterdam een homo-onvriendelijke stad is, ontkent Hans.").is_empty());
        assert_eq!(
            special("My colleague Mark has been off for weeks with depression."),
            ["depression"]
        );
        assert!(special("Week van de Mentale Gezondheid: een workshop over stress.").is_empty());
        assert!(special("Ramadan Mubarak aan alle leerlingen en collega's die vasten!").is_empty());
        assert!(special("Ik heb zelf jarenlang met migraine rondgelopen.").is_empty());
        assert!(special("De lessen over kanker in 3 vwo.").is_empty());
    }
}
