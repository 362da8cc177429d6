//! The two statements protocol C.4 asks for, in the wordings people use.
//!
//! Patterns run on the normalised text (lower case, no diacritics, ASCII
//! quotes). A sentence that merely contains "mijn mening" is not a
//! disclaimer: the patterns need "eigen/persoonlijk", "niet namens", "los
//! van de standpunten" and the like.

use std::sync::LazyLock;

use regex::RegexSet;

/// "This is my personal opinion, not the school's."
const OPINION: &[&str] = &[
    r"\bop\s+persoonlijke\s+titel\b",
    r"\b(?:mijn|m'n|mn|eigen|deze|dit\s+zijn|dit\s+is|geeft|geven|bevat|zijn|is)\s+(?:\w+\s+)?(?:eigen|persoonlijke|persoonlijk|prive|private)\s+(?:mening|meningen|standpunt|standpunten|opvatting|opvattingen|visie|ideeen|gedachten)\b",
    r"\b(?:mening|meningen|standpunt|standpunten|opvatting|opvattingen|uitspraken|tweets|berichten|posts)\b(?:\s+\w+){0,4}\s+(?:zijn|is|blijven|blijft)\s+(?:geheel\s+|helemaal\s+|volledig\s+|uitsluitend\s+)?(?:de\s+mijne|mijn\s+eigen|van\s+mijzelf|van\s+mij|persoonlijk|prive)\b",
    r"\b(?:niet|geen)\s+(?:noodzakelijk\s+|per\s+se\s+|perse\s+)?(?:die|dat|het\s+(?:officiele\s+)?standpunt|de\s+(?:officiele\s+)?mening|(?:de\s+)?officiele\s+standpunten|standpunten|het\s+standpunt)\s+van\s+(?:de\s+|het\s+|mijn\s+)?(?:school|scholen|werkgever|stichting|scala|coenecoop|organisatie)",
    r"\blos\s+van\s+(?:eventuele\s+|de\s+)?(?:officiele\s+)?standpunten\b",
    r"\bniet\s+namens\s+(?:de\s+|het\s+|mijn\s+)?(?:school|werkgever|stichting|scala|coenecoop|organisatie)",
    r"\bprive\s*-?\s*mening\b",
    r"\b(?:views|opinions|thoughts|tweets|posts|words)\b(?:\s+\w+){0,3}\s+(?:are|is)\s+(?:\w+\s+)?(?:my\s+own|mine|personal)\b",
    r"\b(?:views|opinions)\s+(?:my\s+own|mine)\b",
    r"\bmy\s+own\s+(?:views|opinions)\b",
    r"\bpersonal\s+(?:views|opinions|capacity)\b",
    r"\b(?:do|does)(?:n't|\s+not)\s+(?:necessarily\s+)?(?:reflect|represent)\s+(?:the\s+)?(?:views|opinions|position|those)",
    r"\bnot\s+(?:speaking\s+)?(?:on\s+behalf\s+of|for)\s+(?:my\s+employer|the\s+school|scala|coenecoop)",
];

/// "I am not responsible for content and reactions of third parties."
const THIRD_PARTY: &[&str] = &[
    r"\b(?:niet|geen)\s+(?:\w+\s+){0,3}(?:verantwoordelijk|aansprakelijk)\w*\s+(?:\w+\s+){0,6}?(?:derden|anderen|reacties|reageerders|opmerkingen|comments)\b",
    r"\b(?:reacties|uitlatingen|inhoud|opmerkingen|berichten|comments)\s+van\s+(?:derden|anderen)\b(?:\s+\w+){0,4}?\s+(?:niet|geen)\s+(?:\w+\s+)?(?:verantwoordelijk|aansprakelijk)\w*",
    r"\breacties\s+(?:van\s+(?:derden|anderen)\s+)?(?:zijn|komen|blijven)\s+(?:voor\s+)?(?:eigen\s+)?(?:rekening|verantwoordelijkheid)\b",
    r"\bnot\s+(?:\w+\s+){0,2}responsible\s+for\s+(?:\w+\s+){0,5}?(?:third[\s-]*part(?:y|ies)|comments|replies|reactions|others)\b",
    r"\b(?:retweets?|rts?|shares?|likes?|reposts?)(?:\s*(?:and|&|/|,)\s*(?:retweets?|rts?|shares?|likes?|reposts?))*\s*(?:≠|!=|=/=|are\s+not|aren't|arent|do\s+not\s+equal|don't\s+equal|is\s+not|isn't|not)\s*(?:an?\s+)?endorse\w*",
    r"\b(?:replies|comments|reactions)\s+(?:\w+\s+){0,2}(?:are|is)\s+not\s+my\s+responsibility\b",
];

static OPINION_SET: LazyLock<RegexSet> =
    LazyLock::new(|| RegexSet::new(OPINION).expect("valid patterns"));
static THIRD_PARTY_SET: LazyLock<RegexSet> =
    LazyLock::new(|| RegexSet::new(THIRD_PARTY).expect("valid patterns"));

pub fn has_opinion_statement(folded: &str) -> bool {
    OPINION_SET.is_match(folded)
}

pub fn has_third_party_statement(folded: &str) -> bool {
    THIRD_PARTY_SET.is_match(folded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;

    fn opinion(s: &str) -> bool {
        has_opinion_statement(&fold(s))
    }
    fn third(s: &str) -> bool {
        has_third_party_statement(&fold(s))
    }

    #[test]
    fn dutch_opinion_wordings() {
        assert!(opinion("Ik schrijf dit op persoonlijke titel."));
        assert!(opinion(
            "Dit is mijn persoonlijke mening, niet die van de school."
        ));
        assert!(opinion("Meningen zijn mijn eigen."));
        assert!(opinion("De standpunten in dit bericht zijn de mijne."));
        assert!(opinion("Dit is niet het standpunt van het Scala College."));
        assert!(opinion("Mijn eigen mening, niet die van de school."));
        assert!(opinion(
            "Deze meningen staan los van eventuele officiële standpunten."
        ));
        assert!(opinion("Ik spreek hier niet namens mijn werkgever."));
        assert!(opinion("Privémening!"));
    }

    #[test]
    fn english_opinion_wordings() {
        assert!(opinion("Views are my own."));
        assert!(opinion("Views my own; replies are not my responsibility."));
        assert!(opinion("Opinions expressed here are mine."));
        assert!(opinion(
            "These tweets don’t necessarily reflect the views of my employer."
        ));
        assert!(opinion("All opinions are my own"));
    }

    #[test]
    fn merely_having_an_opinion_is_not_a_disclaimer() {
        assert!(!opinion("Mijn mening: het rooster moet anders."));
        assert!(!opinion("Naar mijn mening is dit een goed plan."));
        assert!(!opinion("Ik heb een eigen auto."));
        assert!(!opinion("My opinion: the timetable is wrong."));
    }

    #[test]
    fn third_party_wordings() {
        assert!(third(
            "Ik ben niet verantwoordelijk voor reacties van derden."
        ));
        assert!(third(
            "Niet verantwoordelijk voor de inhoud en uitlatingen van derden."
        ));
        assert!(third("Reacties van derden zijn voor eigen rekening."));
        assert!(third("Not responsible for third-party comments."));
        assert!(third("RT ≠ endorsement"));
        assert!(third(
            "Voor reacties van derden ben ik niet verantwoordelijk."
        ));
        assert!(third(
            "Ik ben niet aansprakelijk voor uitlatingen van derden."
        ));
        assert!(third(
            "reacties van anderen zijn niet mijn verantwoordelijkheid."
        ));
        assert!(third("Retweets are not endorsements."));
        assert!(third("replies are not my responsibility"));
        assert!(!third("Ik ben verantwoordelijk voor de derde klassen."));
        assert!(!third("Mijn mening: reacties zijn welkom."));
    }
}
