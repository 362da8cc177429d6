//! Whether a post joins a discussion (B.1, C.3), and whether it says the
//! author works at the school.
//!
//! A discussion shows in what the post does: it replies (starts with an
//! @-handle, answers a quoted complaint), contradicts or corrects what
//! others say ("klopt niet", "voor alle duidelijkheid", rumours), speaks to
//! critics ("aan iedereen die klaagt", "voordat je gaat roepen"), or
//! defends the school ("in defence of"). Those are strong signs. Mentions
//! of a discussion, an article or a group are weak signs: they count only
//! in a sentence where someone speaks as "ik" or to "je" (not in a
//! lesson), never in policy text ("wij", "u"), a report or a table row.

use std::sync::LazyLock;

use postlint_scan::pattern::{AnyOf, Lazy};

use super::statements::sentence_around;

/// "I work at this school" (B.1, C.3).
const EMPLOYEE: &[&str] = &[
    r"\bik\s+geef\s+(?:\w+\s+){0,3}?(?:les\s+)?(?:op|bij|aan)\s+(?:het|de)\b",
    r"\bik\s+geef\s+(?:er|daar|hier)\s+(?:\w+\s+){0,2}?les\b",
    r"\bik\s+ben\s+(?:\w+\s+){0,3}?(?:docenten|leraren|mentoren|medewerkers|collega's)\s+(?:van|op|bij|aan)\b",
    r"\bik\s+werk\s+(?:er|daar|hier)\b",
    r"\bik\s+(?:werk|werkte)\s+(?:zelf\s+|al\s+|ook\s+|hier\s+)*(?:\w+\s+){0,3}?(?:op|bij|aan|voor)\s+\w",
    r"\bik\s+(?:sta|zit)\s+(?:zelf\s+|al\s+|ook\s+|hier\s+)*(?:\w+\s+){0,3}?(?:op|bij|aan|voor)\s+(?:het|de|dit|deze)\b",
    r"\bik\s+(?:werk|ben)\s+(?:zelf\s+|al\s+|ook\s+)*(?:\w+\s+jaar\s+)?(?:werkzaam|in\s+dienst)\b",
    r"\b(?:ik\s+ben|als|ben)\s+(?:zelf\s+|ook\s+|een\s+)*(?:docent|leraar|lerares|mentor|medewerker|teamleider|conrector|rector|directeur|coordinator|decaan|onderwijsassistent|conciërge|concierge|ict-er|toa|stagiair|stagiaire|collega)\b(?:\s+\w+){0,2}?\s+(?:op|bij|aan|van|voor)\b",
    r"\b(?:docent|leraar|lerares|mentor|medewerker|teamleider|decaan)\s+(?:\w+\s+)?(?:aan|op|bij|van)\s+(?:het|de)\b",
    r"(?m)^\s*(?:docent|leraar|lerares|mentor|medewerker|teamleider|decaan|teacher)\b(?:\s+\w+)?\s*(?:@|\||,|-|·)",
    r"\b(?:docent|leraar|lerares|medewerker|teacher)\s+(?:\w+\s+)?@\s*\w",
    r"\bwerkzaam\s+(?:op|bij|aan)\b",
    r"\bmijn\s+(?:werkgever|school|collega's|collegas|leerlingen|mentorklas|sectie)\b",
    r"\bi\s+(?:work|teach|worked|taught)\s+(?:\w+\s+){0,2}?(?:at|for)\b",
    r"\bi\s+(?:work|teach|worked|taught)\s+(?:there|here)\b",
    r"\b(?:i'm|i\s+am|as)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?(?:teacher|mentor|member\s+of\s+staff|staff\s+member|employee|head\s+of\s+\w+)\s+(?:at|of|for|there|here)\b",
    r"\bmy\s+(?:employer|school|colleagues|students|pupils)\b",
];

/// What a post does in a discussion: reply, contradict, correct, address
/// critics, defend. These count wherever they stand (outside tables).
const STRONG: &[&str] = &[
    // contradiction
    r"\b(?:dat|het|dit)?\s*klopt\s+(?:\w+\s+){0,2}?niet\b",
    r"\bklopt\s+(?:helemaal\s+|echt\s+|gewoon\s+)?(?:niks|niets|geen\s+hout)\b",
    r"\bslaat\s+(?:\w+\s+)?nergens\s+op\b",
    r"\b(?:dit|dat|het)\s+is\s+(?:echt\s+|gewoon\s+|complete\s+|grote\s+|pure\s+|simpelweg\s+)?(?:onzin|flauwekul|nonsens|kletskoek|niet\s+waar|niet\s+zo|onjuist|gelogen|fake\s+news)\b",
    r"\b(?:is|zijn|was|waren)\s+(?:gewoon\s+|echt\s+|pertinent\s+|simpelweg\s+|helemaal\s+)?(?:onjuist|onwaar|gelogen|niet\s+waar)\b",
    r"\b(?:heeft|hebben|is|zijn|wordt|worden)\s+(?:\w+\s+)?(?:nergens|nooit)\s+(?:besloten|gezegd|beweerd|gesteld|gemeld|aangekondigd)\b",
    r"\bthat's\s+(?:not\s+(?:true|right|correct|the\s+case)|nonsense|wrong)\b",
    r"\b(?:is|are)(?:n't|\s+not)\s+true\b",
    r"\b(?:gets?|got|have|has)\s+(?:\w+\s+){0,3}wrong\b",
    r"\bnot\s+how\s+it\s+works\b",
    // correction
    r"\bvoor\s+(?:alle|de)\s+duidelijkheid\b",
    r"\bter\s+(?:verduidelijking|correctie|rectificatie)\b",
    r"\b(?:even\s+)?(?:rechtzetten|rechtgezet)\b",
    r"\bin\s+tegenstelling\s+tot\s+wat\b",
    r"\banders\s+dan\s+(?:wordt|werd|wat|sommigen|jullie|je)\b",
    r"\bto\s+clarify\b",
    r"\bfor\s+the\s+record\b",
    r"\bset\s+the\s+record\s+straight\b",
    r"\bcontrary\s+to\s+(?:what|claims|reports|rumou?rs)\b",
    // rumours
    r"\b(?:geruchten|gerucht|roddels|fabeltjes|praatjes)\b",
    r"\b(?:rare\s+|wilde\s+)?verhalen\s+(?:\w+\s+)?(?:gaan|die|de)\s+rond(?:gaan)?\b",
    r"\b(?:gaan|gingen|doen|deden)\s+(?:\w+\s+){0,3}?(?:verhalen|praatjes|berichten)\s+(?:\w+\s+)?rond\b",
    r"\b(?:rumou?rs?|misinformation)\b",
    // replies and answers to what others wrote
    r"\b(?:replying|in\s+response)\s+to\b",
    r"\bin\s+(?:reactie|antwoord)\s+op\b",
    r"\bnaar\s+aanleiding\s+van\s+(?:\w+\s+){0,2}?(?:berichten|bericht|artikel|artikelen|stuk|stukken|column|reacties|geruchten|ophef|discussie|commotie|klachten|kritiek|verhalen|posts|tweets|uitzending|reportage|vragen\s+over)\b",
    r"\b(?:reageren|reageer|reageert|reageerde|antwoorden|antwoord|antwoordde)\s+(?:\w+\s+){0,2}?op\s+(?:de|het|dat|die|deze|dit|jullie|je|uw|wat|alle)\b",
    r"\b(?:reactie|antwoord)\s+op\s+(?:\w+\s+){0,2}?(?:artikel|bericht|stuk|column|tweet|post|vraag|kritiek|klacht|opmerking)\w*\b",
    r"\bwat\s+(?:jullie|je|u|ze|sommigen|mensen)\s+(?:hier\s+)?(?:schrijven|schrijft|zeggen|zegt|beweren|beweert|roepen|roept)\b",
    r"\b(?:jullie|je|uw)\s+(?:artikel|stuk|bericht|tweet|post|column|reactie)\b",
    r"\byour\s+(?:article|piece|post|tweet|column|comment)\b",
    r"\bre:?\s+(?:the|your)\b",
    // speaking to critics
    r"\b(?:aan|voor|tegen)\s+(?:iedereen|allen|degenen|diegenen|de\s+mensen|mensen|alle\s+\w+|al\s+die\s+\w+|jullie|wie)\s+(?:\w+\s+)?(?:die\s+)?(?:klaagt|klagen|zeurt|zeuren|roept|roepen|beweert|beweren|denkt|denken|schreeuwt|schreeuwen|moppert|mopperen|twijfelt|twijfelen)\b",
    r"\b(?:je|jij|jullie|u|sommigen|men)\s+(?:\w+\s+){0,2}?(?:roepen|roept|beweren|beweert|klagen|klaagt|suggereren|suggereert|insinueren|insinueert|schreeuwen|schreeuwt|zeuren|zeurt)\b",
    r"\bto\s+(?:everyone|everybody|all|those|anyone|the\s+people|people)\s+(?:\w+\s+)?(?:who|that)\s+(?:\w+\s+)?(?:complain|complaining|say|saying|claim|claiming|think)\w*\b",
    r"\bto\s+(?:everyone|everybody|all\s+those|those|anyone|people)\s+(?:who\s+(?:is|are|keeps?)\s+)?(?:complaining|moaning|whining|claiming|shouting)\b",
    // defending the school
    r"\bin\s+defen[cs]e\s+of\b",
    r"\bter\s+verdediging\s+van\b",
    r"\b(?:neem|nemen)\s+(?:het\s+)?(?:even\s+)?op\s+voor\b",
    r"\b(?:het\s+)?(?:even\s+)?opnemen\s+voor\b",
    r"\bstand(?:ing)?\s+up\s+for\b",
];

/// Mentions of a discussion, a piece or a place where one is held.
const WEAK: &[&str] = &[
    r"\b(?:discussie|discussies|draad|draadje|thread|topic|ophef|commotie|debat|polemiek|rel)\b",
    r"\b(?:reactie|antwoord)\s+(?:\w+\s+){0,2}?op\b",
    r"\breacties\s+(?:hier\s+|hieronder\s+)?over\b",
    r"\bnaar\s+aanleiding\s+van\b",
    r"\bik\s+(?:lees|las)\s+(?:hier|op\s+\w+|online|in\s+de\s+\w+)\b",
    r"\b(?:die|dat|deze|dit|het)\s+(?:column|artikel|krantenartikel|stuk|opiniestuk|item|filmpje|reportage|uitzending|interview)\s+(?:over|in|van|op)\b",
    r"\bverhalen\s+over\b",
    r"\b(?:klachten|kritiek)\s+(?:\w+\s+)?over\b",
    r"\bhierboven\b",
    r"\b(?:facebookgroep|buurtgroep|dorpsgroep|buurtapp|wijkgroep)\b",
    r"\bin\s+(?:de|deze|die|onze|jullie)\s+(?:\w+\s+)?groep\b",
    r"\bin\s+this\s+group\b",
    r"\b(?:the|this)\s+(?:article|piece|post|tweet|column|discussion)\s+(?:on|about|in)\b",
];

static EMPLOYEE_SET: LazyLock<AnyOf> = LazyLock::new(|| AnyOf::new(EMPLOYEE));
static STRONG_SET: LazyLock<AnyOf> = LazyLock::new(|| AnyOf::new(STRONG));
static WEAK_SET: LazyLock<AnyOf> = LazyLock::new(|| AnyOf::new(WEAK));
/// All patterns of a kind as one alternation, to walk their matches in
/// text order in one pass.
static STRONG_ANY: LazyLock<Lazy> = LazyLock::new(|| alternation(STRONG));
static WEAK_ANY: LazyLock<Lazy> = LazyLock::new(|| alternation(WEAK));

fn alternation(patterns: &[&str]) -> Lazy {
    let alts: Vec<String> = patterns.iter().map(|p| format!("(?:{p})")).collect();
    Lazy::new(&alts.join("|"))
}

/// The post says its author works at the school.
pub fn has_employee_statement(folded: &str) -> bool {
    EMPLOYEE_SET.is_match(folded)
}

/// The post joins a discussion: a reply (starts with an @-handle or
/// answers a quoted line) or a sign that it answers what others say.
pub fn joins_discussion(folded: &str) -> bool {
    let body = folded.trim_start();
    if body.starts_with('@') || answers_a_quote(body) {
        return true;
    }
    if STRONG_SET.is_match(folded) && some_outside_tables(&STRONG_ANY, folded, |_, _| true) {
        return true;
    }
    WEAK_SET.is_match(folded) && some_outside_tables(&WEAK_ANY, folded, spoken_sentence)
}

/// A quoted line ("> ...") followed by an answer.
fn answers_a_quote(body: &str) -> bool {
    let mut lines = body.lines().map(str::trim).filter(|l| !l.is_empty());
    lines.next().is_some_and(|l| l.starts_with('>')) && lines.any(|l| !l.starts_with('>'))
}

/// Whether some match of `pattern` lies outside a table row and passes
/// `accept` (given the text and the match start).
fn some_outside_tables(pattern: &Lazy, folded: &str, accept: impl Fn(&str, usize) -> bool) -> bool {
    pattern
        .regex()
        .find_iter(folded)
        .any(|m| !in_table_row(folded, m.start()) && accept(folded, m.start()))
}

/// A line with two or more cell separators.
fn in_table_row(text: &str, at: usize) -> bool {
    let lo = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let hi = text[at..].find('\n').map_or(text.len(), |i| at + i);
    text[lo..hi].matches('|').count() >= 2
}

/// A sentence in which a person speaks ("ik", "je", "jullie", "I", "you",
/// or an exclamation "wat een ..."): not the "wij" and "u" of policy text,
/// not a report ("het Scala organiseert een debat"), not a lesson.
fn spoken_sentence(text: &str, at: usize) -> bool {
    const PERSON: &[&str] = &[
        "ik", "mij", "me", "mijn", "m'n", "je", "jij", "jou", "jouw", "jullie", "i", "my", "you",
        "your",
    ];
    // A discussion in class is teaching, not joining one about the school.
    const CLASSROOM: &[&str] = &[
        "in de klas",
        "in mijn klas",
        "in de les",
        "in mijn les",
        "tijdens de les",
        "in de mentorles",
        "in class",
        "in my class",
        "in the classroom",
    ];
    let r = sentence_around(text, at);
    let sentence = &text[r];
    let words: Vec<&str> = sentence
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    let person =
        words.iter().any(|w| PERSON.contains(w)) || sentence.trim_start().starts_with("wat een");
    person && !CLASSROOM.iter().any(|c| sentence.contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;

    #[test]
    fn start_words_hold() {
        let sets = [&STRONG_SET, &WEAK_SET, &EMPLOYEE_SET];
        let all: Vec<_> = sets.iter().flat_map(|s| s.patterns()).collect();
        let mut untested = Vec::new();
        for p in &all {
            if !postlint_scan::pattern::assert_needs_hold(p.as_str()) {
                untested.push(p.as_str().to_string());
            }
            p.check().unwrap();
        }
        let gated = all.iter().filter(|p| p.starts().is_some()).count();
        assert!(gated * 10 >= all.len() * 8, "{gated} of {}", all.len());
        assert!(untested.len() <= 2, "not generated: {untested:?}");
    }

    #[test]
    fn employee_wordings() {
        let emp = |s: &str| has_employee_statement(&fold(s));
        for s in [
            "Ik werk zelf op het Coenecoop en kan je vertellen",
            "Full disclosure: ik ben mentor op het Scala.",
            "Ik ben zelf docent op het Coenecoop",
            "Als docent op het Scala College zie ik dat anders",
            "Docent aardrijkskunde | Coenecoop College | meningen zijn mijn eigen",
            "Pinned: Docent Engels @CoenecoopCollege.",
            "I work at Coenecoop College myself",
            "As a teacher at Scala College I disagree.",
            "Ik ben medewerker van het Scala College.",
            "Re the discussion about Coenecoop: I teach there.",
            "Ik geef er zelf les, dus ik weet het.",
        ] {
            assert!(emp(s), "{s}");
        }
        for s in [
            "Mijn zoon zit op het Scala en ik kan je zeggen",
            "5V won met ruime voorsprong van de docenten.",
            "Wat vinden jullie van de nieuwe schoolgids?",
        ] {
            assert!(!emp(s), "{s}");
        }
    }

    #[test]
    fn discussions_by_what_the_post_does() {
        let disc = |s: &str| joins_discussion(&fold(s));
        for s in [
            "@vaderVanDrie Dat klopt gewoon niet.",
            "Reactie op het artikel in het Algemeen Dagblad over het Scala",
            "Even reageren op de discussie over de nieuwbouw",
            "Wat een ophef in de Facebookgroep over het Coenecoop",
            "Ik lees hier allemaal verhalen over het Coenecoop",
            "Re the thread about a uniform at Coenecoop",
            "Your article on Scala College gets the numbers wrong",
            "That's not how it works at Scala College.",
            // speaking to critics
            "Aan iedereen die klaagt over het mobielverbod op het Coenecoop: het werkt.",
            "Voor al die ouders die zeuren over het rooster: het Scala past het aan.",
            "Lees eerst het beleid voordat je gaat roepen. Het Scala doet dat niet.",
            "To everyone complaining about the Scala College dress code: it was voted on.",
            // corrections and rumours
            "Voor alle duidelijkheid: het Coenecoop gaat niet fuseren.",
            "Er gaan rare verhalen rond over het Scala, maar er wordt niemand ontslagen.",
            "Het Scala heeft nergens besloten de brugklas te verkleinen.",
            "Die geruchten over een fusie van het Coenecoop kloppen niet.",
            "For the record: Scala College is not closing.",
            // answering a piece or a quote
            "Sorry maar die column over het Coenecoop in de krant slaat nergens op.",
            "> Het Scala doet niks aan pesten\n\nKlopt niet, er is een pestcoördinator.",
            "Dat stuk over het Scala is gewoon onjuist.",
            "Naar aanleiding van de berichten over het Coenecoop: de school blijft open.",
            "Naar aanleiding van alle vragen over het Scala: de toetsweek gaat door.",
            // defending the school
            "In defence of Scala College: the policy was discussed for a year.",
            "Ik wil het even opnemen voor het Coenecoop: de lessen gaan gewoon door.",
            "Ik zie in de groep veel gemopper over het Scala; ik vind het een goede keuze.",
        ] {
            assert!(disc(s), "{s}");
        }
    }

    #[test]
    fn information_and_policy_are_no_discussion() {
        let disc = |s: &str| joins_discussion(&fold(s));
        for s in [
            "Vandaag open dag op het Scala College!",
            "Wat een bizar rooster weer dit jaar bij Coenecoop.",
            "Wat vinden jullie van de nieuwe schoolgids van het Scala College?",
            "Het Scala College staat vandaag in de krant met de nieuwe sporthal!",
            "Naar aanleiding van uw bezoek aan de website van het Scala College plaatsen wij cookies.",
            "| Datum | Onderwerp | Locatie |\n|---|---|---|\n| 3 mei | Debat over de nieuwbouw | Aula Scala |",
            "Ter info voor ouders: het Coenecoop is dinsdag dicht.",
            "In groep 8 van de basisschool maakten ze kennis met het Scala.",
            "Het Scala College organiseert een debat over klimaat voor leerlingen.",
            "Ik had een mooie discussie in de klas over het boek, op het Coenecoop.",
        ] {
            assert!(!disc(s), "{s}");
        }
    }
}
