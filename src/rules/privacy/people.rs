//! People in context: who a post names, for `privacy/pupil-name` and for
//! the checks of `privacy/pupil-record` and `privacy/special-category`.
//!
//! ## What it does
//! - A first name from `lexicons/first-names.txt` (with tussenvoegsels and
//!   surname: "Thijs van Leeuwen") is a pupil's name when the text ties it to
//!   a class or a pupil word: "Luuk uit 2B", "Ruben (2A)", "onze leerling
//!   Fenna", "Sem from 3A", "Zoë uit mijn mentorklas".
//! - Grades, absence, suspension and similar facts are a pupil record when a
//!   named pupil is in the same sentence.
//! - Health, religion, ethnicity, sexual orientation or criminal facts are a
//!   special category (AVG art. 9) when the sentence names the person or
//!   points at one ("mijn collega", "onze conciërge", "my dad"); not the
//!   author about themselves, nor a general topic ("Week van de Mentale
//!   Gezondheid").
//!
//! ## Near misses
//! Colleagues, teachers' titles (juf, meneer, minister), authors and public
//! figures without a pupil context, and the author's signature.

use rustc_hash::FxHashSet;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::rules::text::words_before;
use postlint_scan::bytes::Class;

static FIRST_NAMES: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../../lexicons/first-names.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

const TUSSENVOEGSELS: &[&str] = &[
    "van", "de", "der", "den", "ter", "ten", "te", "'t", "in", "op", "el", "al", "la", "le", "du",
    "da", "di",
];

/// The capitalised word ("Jasmijn", "Anne-Fleur") starting at byte `at`, if any.
fn capitalised_word(source: &str, at: usize) -> Option<usize> {
    let mut chars = source[at..].char_indices().peekable();
    let (_, first) = chars.next()?;
    if !first.is_uppercase() {
        return None;
    }
    let mut end = at + first.len_utf8();
    let mut lower = 0;
    while let Some(&(i, c)) = chars.peek() {
        if c.is_lowercase() || unicode_normalization::char::is_combining_mark(c) {
            lower += 1;
            end = at + i + c.len_utf8();
            chars.next();
        } else if c == '-' && lower > 0 {
            // A double name: "Anne-Fleur".
            let rest = &source[at + i + 1..];
            match capitalised_word(source, at + i + 1)
                .filter(|_| rest.starts_with(char::is_uppercase))
            {
                Some(e) => return Some(e),
                None => break,
            }
        } else {
            break;
        }
    }
    let next = source[end..].chars().next();
    (lower > 0 && !next.is_some_and(char::is_alphanumeric)).then_some(end)
}

/// After a first name ending at `at`: tussenvoegsels and a capitalised surname.
fn surname_end(source: &str, at: usize) -> Option<usize> {
    let mut pos = at;
    loop {
        let rest = &source[pos..];
        let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
        if trimmed.len() == rest.len() {
            return None;
        }
        let start = pos + (rest.len() - trimmed.len());
        if let Some(end) = capitalised_word(source, start) {
            return Some(end);
        }
        let word: &str = trimmed
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .next()
            .unwrap_or("");
        if !TUSSENVOEGSELS.contains(&word) {
            return None;
        }
        pos = start + word.len();
    }
}

/// Capitalised words that follow a name but are not a surname.
const NOT_SURNAME: &[&str] = &[
    "Ik", "En", "De", "Het", "Een", "Maar", "Uit", "In", "Op", "Van", "Is", "Heeft", "Wat",
];

/// First names with their surname, if any: "Thijs van Leeuwen".
fn names(source: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    // Most bytes are lower-case ASCII: only capitals and the first bytes
    // of other characters are looked at.
    let starts = Class(&[(b'A', b'Z'), (0xC0, 0xFF)]);
    postlint_scan::bytes::each_position(source.as_bytes(), starts, |at| {
        if out.last().is_some_and(|l| at < l.end) {
            return;
        }
        let Some(end) = capitalised_word_start(source, at) else {
            return;
        };
        if !FIRST_NAMES.contains(&source[at..end]) {
            return;
        }
        let end = match surname_end(source, end) {
            Some(s) if !NOT_SURNAME.contains(&source[..s].rsplit(' ').next().unwrap_or("")) => s,
            _ => end,
        };
        out.push(at..end);
    });
    out
}

/// [`capitalised_word`] at `at` when a word starts there. A word of ASCII
/// letters, the most common, is read on bytes.
fn capitalised_word_start(source: &str, at: usize) -> Option<usize> {
    let b = source.as_bytes();
    let prev = at.checked_sub(1).map(|p| b[p]);
    if b[at].is_ascii_uppercase() && prev.is_none_or(|p| p.is_ascii()) {
        if prev.is_some_and(|p| p.is_ascii_alphanumeric()) {
            return None;
        }
        let lower = b[at + 1..]
            .iter()
            .position(|c| !c.is_ascii_lowercase())
            .unwrap_or(b.len() - at - 1);
        let end = at + 1 + lower;
        match b.get(end) {
            // Accents, combining marks and double names: read in full.
            Some(&n) if !n.is_ascii() || n == b'-' => return capitalised_word(source, at),
            Some(n) if n.is_ascii_alphanumeric() => return None,
            _ => return (lower > 0).then_some(end),
        }
    }
    let c = source[at..].chars().next()?;
    let prev = source[..at].chars().next_back();
    if !c.is_uppercase() || prev.is_some_and(char::is_alphanumeric) {
        return None;
    }
    capitalised_word(source, at)
}

/// A class: 2B, 4H, 5V, 1D, 3 havo, 4 vwo.
const CLASS: &str =
    r"(?:klas\s+)?(?:[1-6]\s?(?:havo|vwo|mavo|vmbo|gym|tto|atheneum)|[1-6][a-z]{1,2}\d?)\b";

static AFTER_NAME: LazyLock<Regex> = LazyLock::new(|| {
    postlint_scan::pattern::ascii(&format!(
        r"^(?:[\s,]+[^\s,()]+){{0,4}}?\s*(?:\(\s*{CLASS}\s*\)|(?:uit|in|van|from|of|zit\s+in)\s+{CLASS}|(?:uit|van|in|from|of)\s+(?:mijn|onze|de|my|our)\s+(?:mentorklas|klas|mentorgroep|class|tutor\s+group|form))"
    ))
});

const PUPIL_WORDS: &[&str] = &[
    "leerling",
    "leerlinge",
    "mentorleerling",
    "brugklasser",
    "examenkandidaat",
    "scholier",
    "pupil",
    "student",
    "zoon",
    "dochter",
    "leerlingen",
    "tweedeklasser",
    "eersteklasser",
    "derdeklasser",
];

/// Words before a name that make it staff, a public figure or an author.
const NOT_PUPIL: &[&str] = &[
    "collega",
    "collegas",
    "meneer",
    "mevrouw",
    "juf",
    "juffrouw",
    "meester",
    "dhr",
    "mw",
    "mr",
    "mrs",
    "ms",
    "miss",
    "minister",
    "docent",
    "docente",
    "mentor",
    "directeur",
    "rector",
    "teamleider",
    "concierge",
    "dr",
    "prof",
    "wethouder",
    "burgemeester",
    "schrijver",
    "auteur",
    "colleague",
    "teacher",
    "sir",
    "coach",
    "trainer",
];

const GREETINGS: &[&str] = &[
    "groetjes", "groet", "groeten", "cheers", "regards", "liefs", "gr", "namens",
];

/// A person named in the text, with whether the text makes them a pupil.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedPerson {
    pub range: Range<usize>,
    pub pupil: bool,
    /// The text makes them staff, a public figure or the author (a title,
    /// a role, a greeting before a signature): never a pupil.
    pub staff: bool,
}

/// Names in `source` (the prose, capitals intact) and `lower` (its lower
/// case). When the lower case keeps byte offsets (`aligned`), the words
/// around a name tell who they are; otherwise only the names are found.
pub fn named_people(source: &str, lower: &str, aligned: bool) -> Vec<NamedPerson> {
    if !aligned || lower.len() != source.len() {
        return named_people_slow(source);
    }
    let mut out = Vec::new();
    for whole in names(source) {
        let before = words_before(lower, whole.start, 3);
        if before.last().is_some_and(|w| NOT_PUPIL.contains(w))
            || before.iter().any(|w| GREETINGS.contains(w))
        {
            out.push(NamedPerson {
                range: whole,
                pupil: false,
                staff: true,
            });
            continue;
        }
        let after = &lower[whole.end..];
        let role_after =
            after.trim_start().starts_with("(mentor") || after.trim_start().starts_with("(docent");
        let pupil_before = before.iter().rev().take(2).any(|w| PUPIL_WORDS.contains(w));
        let pupil_after = AFTER_NAME.is_match(after);
        out.push(NamedPerson {
            range: whole,
            pupil: !role_after && (pupil_before || pupil_after),
            staff: role_after,
        });
    }
    out
}

/// Whether `lower` (lower case) holds a word of school life.
pub fn school_life(lower: &str) -> bool {
    SCHOOL_LIFE.is_match(lower)
}

/// Words of school life: a post holding one is about pupils, so a child
/// named through a parent in it is a pupil.
static SCHOOL_LIFE: LazyLock<Regex> = LazyLock::new(|| {
    postlint_scan::pattern::ascii(&format!(
        r"\b(?:leerling\w*|klas|klassen|klasgenot\w*|mentor\w*|school\w*|ouderavond|rapport\w*|cijfer\w*|toets\w*|proefwerk\w*|huiswerk|les|lessen|kamp|schoolkamp|excursie|werkweek|brugklas\w*|aanmelding|inschrijving|geslaagd\w*|diploma\w*|{CLASS})"
    ))
});

/// Family words: "de moeder van Lotte" names a pupil, through a parent.
const FAMILY: &[&str] = &[
    "vader",
    "moeder",
    "ouders",
    "ouder",
    "papa",
    "mama",
    "broer",
    "broertje",
    "zus",
    "zusje",
    "opa",
    "oma",
    "voogd",
    "pleegouders",
    "father",
    "mother",
    "parents",
    "dad",
    "mum",
    "mom",
];

/// What a school holds of a pupil: "het BSN van Daan", "de aanmelding van
/// Loek Stook", "het adres van Mees".
const RECORDS: &[&str] = &[
    "bsn",
    "burgerservicenummer",
    "aanmelding",
    "inschrijving",
    "aanmeldformulier",
    "adres",
    "telefoonnummer",
    "telnr",
    "nummer",
    "mail",
    "mailadres",
    "geboortedatum",
    "gegevens",
    "dossier",
    "cijfers",
    "rapport",
    "verzuim",
];

/// A person is a private one, a pupil or their family, when the text ties
/// the name to what a school holds of them: a family word or a record word
/// with "van" before it ("de moeder van Aylin", "het BSN van Daan"), or a
/// BSN, street address or pupil number close by on the same lines ("Naam:
/// Sem de Wit / BSN: …"). A name after a family word counts in a post
/// about school life or with contact details close by, when it is a first
/// name alone
/// ("de vader van Lotte", not "de vader van Anne Frank"); a capitalised
/// word there counts too when no lexicon knows it as a first name ("de
/// moeder van Aylin"). `school_life` tells whether the post is about school
/// life ([`school_life`] of the whole text); it is asked only when a
/// family word needs it.
pub fn tie_to_private_data(
    people: &mut Vec<NamedPerson>,
    source: &str,
    lower: &str,
    ties: &Ties,
    school_life: impl Fn() -> bool,
) {
    if lower.len() != source.len() {
        return;
    }
    let near = |r: &Range<usize>, values: &[Range<usize>]| {
        // Values are in text order: only those within reach are looked at.
        let from = values.partition_point(|v| v.end + 200 < r.start);
        values[from..]
            .iter()
            .take_while(|v| v.start <= r.end + 200)
            .any(|v| close_by(source, r, v))
    };
    let slot = |at: usize| -> Option<bool> {
        let before = words_before(lower, at, 2);
        match before.as_slice() {
            [w, "van"] if FAMILY.contains(w) => Some(true),
            [w, "van"] if RECORDS.contains(w) => Some(false),
            _ => None,
        }
    };
    for p in people.iter_mut().filter(|p| !p.pupil && !p.staff) {
        let bare = !source[p.range.clone()].contains(' ');
        let by_slot = slot(p.range.start).is_some_and(|family| {
            !family || (bare && (school_life() || near(&p.range, &ties.contact)))
        });
        p.pupil = by_slot || near(&p.range, &ties.held);
    }
    // Capitalised words in a family or record slot that the first-name
    // lexicon does not know.
    let mut added = Vec::new();
    for (at, _) in lower.match_indices(" van ") {
        let start = at + 5;
        // Cheap tests first: " van " is everywhere in Dutch.
        if !source[start..].starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let i = people.partition_point(|p| p.range.end <= start);
        if people.get(i).is_some_and(|p| p.range.start <= start) {
            continue;
        }
        let Some(family) = slot(start) else {
            continue;
        };
        if family && !(school_life() || near(&(start..start + 1), &ties.contact)) {
            continue;
        }
        let Some(end) = capitalised_word_start(source, start) else {
            continue;
        };
        let end = if family {
            end
        } else {
            surname_end(source, end).unwrap_or(end)
        };
        if family
            && source[end..].starts_with(' ')
            && source[end + 1..].starts_with(char::is_uppercase)
        {
            continue;
        }
        added.push(NamedPerson {
            range: start..end,
            pupil: true,
            staff: false,
        });
    }
    if !added.is_empty() {
        people.extend(added);
        people.sort_by_key(|p| p.range.start);
    }
}

/// Where a text holds values of a private person: what a school holds of
/// a pupil (a BSN, an address, a pupil number), and contact details
/// (phone, e-mail, account), which tie a child named through a parent.
pub struct Ties {
    pub held: Vec<Range<usize>>,
    pub contact: Vec<Range<usize>>,
}

impl Ties {
    /// The ties inside `part` of the prose, at offsets in the part.
    pub fn within(&self, part: &Range<usize>) -> Ties {
        let local = |v: &[Range<usize>]| {
            v.iter()
                .filter(|r| part.start <= r.start && r.end <= part.end)
                .map(|r| r.start - part.start..r.end - part.start)
                .collect()
        };
        Ties {
            held: local(&self.held),
            contact: local(&self.contact),
        }
    }
}

/// Whether value `v` is close to the name at `name`: within 200 bytes and
/// no blank line between them.
fn close_by(source: &str, name: &Range<usize>, v: &Range<usize>) -> bool {
    let (from, to) = if v.start >= name.end {
        (name.end, v.start)
    } else if name.start >= v.end {
        (v.end, name.start)
    } else {
        return false;
    };
    to - from <= 200
        && source
            .get(from..to)
            .is_some_and(|between| !between.contains("\n\n"))
}

/// For text whose lower case changes byte lengths (rare letters): match on
/// the source only and skip context that needs aligned offsets.
fn named_people_slow(source: &str) -> Vec<NamedPerson> {
    names(source)
        .into_iter()
        .map(|range| NamedPerson {
            range,
            pupil: false,
            staff: false,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte shortcut agrees with reading characters, at every start.
    fn assert_starts_agree(text: &str) -> Result<(), proptest::test_runner::TestCaseError> {
        for (at, c) in text.char_indices() {
            let prev = text[..at].chars().next_back();
            let slow = if c.is_uppercase() && !prev.is_some_and(char::is_alphanumeric) {
                capitalised_word(text, at)
            } else {
                None
            };
            proptest::prop_assert_eq!(capitalised_word_start(text, at), slow, "at {}", at);
        }
        Ok(())
    }

    proptest::proptest! {
        #[test]
        fn word_starts_read_as_characters(text in "[aZzA1 '\\-éÉ\u{301}ÿ.]{1,12}") {
            assert_starts_agree(&text)?;
        }

        /// Name-shaped text, where double names and accents are common.
        #[test]
        fn name_starts_read_as_characters(
            text in "(([A-Z][a-z]{0,3}|É[a-zé\u{301}]{0,2}|[a-z1]{1,2})[ ',.-]){1,5}",
        ) {
            assert_starts_agree(&text)?;
        }
    }

    fn pupils(text: &str) -> Vec<&str> {
        named_people(text, &text.to_lowercase(), true)
            .into_iter()
            .filter(|p| p.pupil)
            .map(|p| &text[p.range])
            .collect()
    }

    #[test]
    fn pupil_names_in_context() {
        assert_eq!(
            pupils("Complimenten aan Luuk Verhoeven uit 2B, die vandaag"),
            ["Luuk Verhoeven"]
        );
        assert_eq!(pupils("Onze leerling Fenna wint de wedstrijd!"), ["Fenna"]);
        assert_eq!(pupils("de naam van Jesse uit 1D erop."), ["Jesse"]);
        assert_eq!(pupils("Mijn mentorleerling Yara heeft vandaag"), ["Yara"]);
        assert_eq!(pupils("Shout-out to Sem from 3A for fixing"), ["Sem"]);
        assert_eq!(pupils("Ruben (2A) is deze maand"), ["Ruben"]);
        assert_eq!(
            pupils("Thijs van Leeuwen blijft zitten in 3 havo, helaas."),
            ["Thijs van Leeuwen"]
        );
        assert_eq!(
            pupils("het vriendschapsverzoek van Zoë uit mijn mentorklas"),
            ["Zoë"]
        );
        assert_eq!(
            pupils("Gefeliciteerd Jasmijn uit 1B, vandaag 13 geworden!"),
            ["Jasmijn"]
        );
    }

    #[test]
    fn not_pupils() {
        for text in [
            "Met 4 vwo 'De Aanslag' van Harry Mulisch besproken.",
            "Minister Bruins wil het mobielverbod evalueren.",
            "Fijne vakantie allemaal! Groetjes, Marloes Brink (mentor 1C)",
            "Mijn collega Jeroen heeft de leukste kerstquiz gemaakt.",
            "Juf Sanne uit 3B is jarig.",
            "Lekker weer in Emmen vandaag.",
        ] {
            assert!(pupils(text).is_empty(), "{text}: {:?}", pupils(text));
        }
    }
}
