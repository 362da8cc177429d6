//! Whose words a statement is: the author's, denied, reported, or aimed at
//! a thing. A hateful template or a slur in a post is the author's unless
//! the post negates it ("moslims zijn geen ratten"), reports someone
//! else's claim ("mensen die zeggen dat …"), quotes it to condemn it
//! ("'…' roepen is racisme"), or, for a threat, addresses a spider or a
//! printer. All of it reads the normalised text (lower case, typographic
//! quotes folded to `'` and `"`).

use std::ops::Range;
use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use super::{discrimination, harassment, threat};
use crate::catalog::RuleInfo;

/// Words that deny what they govern.
const NEGATORS: &[&str] = &[
    "niet",
    "geen",
    "nooit",
    "niemand",
    "nergens",
    "allerminst",
    "not",
    "no",
    "never",
    "nobody",
    "don't",
    "doesn't",
    "isn't",
    "aren't",
    "won't",
    "wouldn't",
    "shouldn't",
    "dont",
    "doesnt",
    "isnt",
    "arent",
];

/// A negator followed by one of these intensifies rather than denies:
/// "niets dan ratten", "niet alleen dom", "nothing but scum".
const NOT_DENIALS: &[(&str, &str)] = &[
    ("niet", "alleen"),
    ("niet", "meer"),
    ("niets", "dan"),
    ("niks", "dan"),
    ("niets", "anders"),
    ("niks", "anders"),
    ("niets", "meer"),
    ("niks", "meer"),
    ("not", "only"),
    ("not", "just"),
    ("nothing", "but"),
    ("nothing", "more"),
    ("no", "better"),
    ("no", "more"),
    ("geen", "haar"),
];

/// Verbs and nouns that make what follows someone else's claim: "wie zegt
/// dat …", "het idee dat …", "people who say …".
const FRAMES: &[&str] = &[
    "zeg",
    "zeggen",
    "zegt",
    "zei",
    "zeiden",
    "beweren",
    "beweert",
    "beweerde",
    "roepen",
    "roept",
    "riep",
    "riepen",
    "schreeuwen",
    "schreeuwt",
    "schreeuwde",
    "schrijven",
    "schrijft",
    "schreef",
    "denken",
    "denkt",
    "dacht",
    "dachten",
    "vinden",
    "vindt",
    "vond",
    "geloven",
    "gelooft",
    "stellen",
    "stelt",
    "suggereren",
    "suggereert",
    "claimen",
    "claimt",
    "impliceren",
    "alsof",
    "idee",
    "gedachte",
    "bewering",
    "uitspraak",
    "vooroordeel",
    "mythe",
    "leugen",
    "cliche",
    "stereotype",
    "fabel",
    "say",
    "says",
    "said",
    "saying",
    "claim",
    "claims",
    "claimed",
    "claiming",
    "think",
    "thinks",
    "believe",
    "believes",
    "idea",
    "myth",
    "lie",
    "notion",
    "stereotype",
    "argue",
    "argues",
];

/// Words that speak for the author: "ik vind dat …" is the author's own.
const SELF: &[&str] = &["ik", "wij", "we", "i", "k"];

/// Words around a quotation that report or condemn it.
const REPORT: &[&str] = &[
    "zei",
    "zegt",
    "zeggen",
    "zeiden",
    "riep",
    "roept",
    "roepen",
    "riepen",
    "schreeuwde",
    "schreeuwen",
    "noemde",
    "noemt",
    "noemen",
    "noemden",
    "schreef",
    "schrijft",
    "hoorde",
    "horen",
    "hoor",
    "las",
    "lees",
    "lezen",
    "uitspraak",
    "uitspraken",
    "woord",
    "woorden",
    "term",
    "scheldwoord",
    "scheldwoorden",
    "leus",
    "leuzen",
    "spandoek",
    "graffiti",
    "tweet",
    "tweets",
    "opmerking",
    "opmerkingen",
    "reactie",
    "reacties",
    "citaat",
    "aldus",
    "walgelijk",
    "schandalig",
    "onacceptabel",
    "racistisch",
    "racisme",
    "discriminatie",
    "discriminerend",
    "haatzaaien",
    "tolereren",
    "tolereer",
    "accepteren",
    "schamen",
    "melding",
    "aangifte",
    "kwetsend",
    "said",
    "says",
    "say",
    "called",
    "calling",
    "call",
    "wrote",
    "shouted",
    "word",
    "words",
    "quote",
    "comment",
    "comments",
    "disgusting",
    "unacceptable",
    "racist",
    "tolerate",
    "hateful",
    "offensive",
    "slur",
];

/// Animals and machines a threat can be addressed to in jest ("die spin
/// in de hoek: ik ga je vermoorden").
const THING_WORDS: &[&str] = &[
    "spin",
    "spinnen",
    "mug",
    "muggen",
    "wesp",
    "wespen",
    "vlieg",
    "vliegen",
    "muis",
    "muizen",
    "kakkerlak",
    "mier",
    "mieren",
    "slak",
    "slakken",
    "duif",
    "duiven",
    "meeuw",
    "meeuwen",
    "printer",
    "printers",
    "kopieerapparaat",
    "computer",
    "laptop",
    "smartbord",
    "beamer",
    "wekker",
    "telefoon",
    "wifi",
    "router",
    "koffieautomaat",
    "deadline",
    "maandag",
    "stapel",
    "nakijkwerk",
    "rooster",
    "plant",
    "plantje",
    "onkruid",
    "spider",
    "wasp",
    "fly",
    "mosquito",
    "alarm",
    "monday",
];

/// Games and fiction, where threats are play.
const PLAY_WORDS: &[&str] = &[
    "zombie",
    "zombies",
    "monster",
    "monsters",
    "draak",
    "draken",
    "eindbaas",
    "fortnite",
    "minecraft",
    "roblox",
    "game",
    "gamen",
    "personage",
    "toneelstuk",
    "character",
    "novel",
];

static THINGS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| THING_WORDS.iter().copied().collect());

static PLAY: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| PLAY_WORDS.iter().copied().collect());

/// Emoji of animals a threat may be addressed to (🕷 🐝 🦟 🪳 🐀 🐁 🦗 🐜 🪰 🐌).
fn is_critter(c: char) -> bool {
    matches!(
        c,
        '\u{1F577}'
            | '\u{1F41D}'
            | '\u{1F99F}'
            | '\u{1FAB3}'
            | '\u{1F400}'
            | '\u{1F401}'
            | '\u{1F997}'
            | '\u{1F41C}'
            | '\u{1FAB0}'
            | '\u{1F40C}'
            | '\u{1F9DF}'
    )
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\''
}

/// The words of `s` with their offsets; an apostrophe at a word's edge is
/// a quotation mark, not part of the word.
fn words(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        match (start, is_word_char(c)) {
            (None, true) => start = Some(i),
            (Some(st), false) => {
                let w = &s[st..i];
                let trimmed = w.trim_matches('\'');
                if !trimmed.is_empty() {
                    let lead = w.len() - w.trim_start_matches('\'').len();
                    out.push((st + lead, trimmed));
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// The sentence around `r`: from after the last `.`, `!`, `?` or line
/// break before it to the next one after it, at most 300 bytes each side.
fn sentence(hay: &str, r: &Range<usize>) -> Range<usize> {
    let ends = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    let mut from = r.start.saturating_sub(300);
    while !hay.is_char_boundary(from) {
        from += 1;
    }
    let start = hay[from..r.start]
        .rfind(ends)
        .map_or(from, |i| from + i + 1);
    let mut to = (r.end + 300).min(hay.len());
    while !hay.is_char_boundary(to) {
        to -= 1;
    }
    let end = hay[r.end..to].find(ends).map_or(to, |i| r.end + i + 1);
    start..end
}

/// Whether `words` (in order) hold a negator that denies.
fn denies(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        NEGATORS.contains(w)
            && !NOT_DENIALS
                .iter()
                .any(|(n, next)| n == w && words.get(i + 1) == Some(next))
    })
}

/// Whether the statement at `r` is denied: a negator inside it (unless the
/// template holds its own, `own_negation`), in the three words before it
/// or the two after it within its clause. A question ("Zijn ze niet
/// gewoon …?") asks for agreement: its negation does not deny.
pub fn is_denied(hay: &str, r: &Range<usize>, own_negation: bool) -> bool {
    let s = sentence(hay, r);
    if hay[s.clone()].trim_end().ends_with('?') {
        return false;
    }
    let clause_start = hay[s.start..r.start]
        .rfind([',', ';', ':'])
        .map_or(s.start, |i| s.start + i + 1);
    let before: Vec<&str> = words(&hay[clause_start..r.start])
        .into_iter()
        .map(|(_, w)| w)
        .collect();
    let before = &before[before.len().saturating_sub(3)..];
    let clause_end = hay[r.end..s.end]
        .find([',', ';', ':'])
        .map_or(s.end, |i| r.end + i);
    let after: Vec<&str> = words(&hay[r.end..clause_end])
        .into_iter()
        .take(2)
        .map(|(_, w)| w)
        .collect();
    let inside: Vec<&str> = words(&hay[r.clone()]).into_iter().map(|(_, w)| w).collect();
    denies(before) || denies(&after) || (!own_negation && denies(&inside))
}

/// Whether the statement at `r` is someone else's claim: a frame ("zegt",
/// "het idee", "saying") before it in its sentence that the author does
/// not speak ("ik vind dat …" is the author's; "ik zeg niet dat …" is not).
pub fn is_framed(hay: &str, r: &Range<usize>) -> bool {
    let s = sentence(hay, r);
    let before: Vec<&str> = words(&hay[s.start..r.start])
        .into_iter()
        .map(|(_, w)| w)
        .collect();
    before.iter().enumerate().any(|(i, w)| {
        if !FRAMES.contains(w) {
            return false;
        }
        let by_self = i > 0 && SELF.contains(&before[i - 1]);
        let denied = before[i.saturating_sub(2)..(i + 3).min(before.len())]
            .iter()
            .any(|w| NEGATORS.contains(w));
        !by_self || denied
    })
}

/// Whether `r` stands inside quotation marks on its line.
fn is_quoted(hay: &str, r: &Range<usize>) -> bool {
    let line_start = hay[..r.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = hay[r.end..].find('\n').map_or(hay.len(), |i| r.end + i);
    let marks = |s: &str, base: usize| -> Vec<usize> {
        let b = s.as_bytes();
        (0..b.len())
            .filter(|&i| {
                b[i] == b'"'
                    || (b[i] == b'\''
                        && !(i > 0
                            && b[i - 1].is_ascii_alphanumeric()
                            && b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric)))
            })
            .map(|i| base + i)
            .collect()
    };
    let before = marks(&hay[line_start..r.start], line_start);
    let after = marks(&hay[r.end..line_end], r.end);
    before.len() % 2 == 1 && !after.is_empty()
}

/// Whether the words near `r` (its sentence and the ones either side)
/// report or condemn it.
fn is_reported(hay: &str, r: &Range<usize>) -> bool {
    let s = sentence(hay, r);
    let wide = sentence(hay, &(s.start.saturating_sub(1)..s.start.saturating_sub(1)));
    let next = sentence(hay, &((s.end).min(hay.len())..(s.end).min(hay.len())));
    let around = wide.start.min(s.start)..next.end.max(s.end);
    words(&hay[around]).iter().any(|(_, w)| REPORT.contains(w))
}

/// Whether a statement (a threat, hate, harassment) of `rule` at `r` is
/// the author's: not denied, not someone else's claim, not quoted to be
/// condemned, and for a threat not aimed at a thing. Other rules' words
/// always are.
pub fn is_the_authors(
    rule: &'static RuleInfo,
    hay: &str,
    r: &Range<usize>,
    own_negation: bool,
) -> bool {
    let statement = [&threat::RULE, &discrimination::RULE, &harassment::RULE]
        .iter()
        .any(|x| std::ptr::eq(rule, *x));
    if !statement {
        return true;
    }
    !(is_denied(hay, r, own_negation)
        || is_framed(hay, r)
        || is_quoted_report(hay, r)
        || (std::ptr::eq(rule, &threat::RULE) && is_aimed_at_thing(hay, r)))
}

/// Whether the statement at `r` is quoted to be reported or condemned.
pub fn is_quoted_report(hay: &str, r: &Range<usize>) -> bool {
    is_quoted(hay, r) && is_reported(hay, r)
}

/// Whether a threat at `r` in the second person is aimed at a thing: an
/// animal or machine addressed before a colon ("die spin in de hoek: ik
/// ga je vermoorden"), an animal emoji, or a game or story in its
/// sentence or the one before.
pub fn is_aimed_at_thing(hay: &str, r: &Range<usize>) -> bool {
    let inside = words(&hay[r.clone()]);
    if !inside
        .iter()
        .any(|(_, w)| matches!(*w, "je" | "jou" | "jullie" | "u" | "you" | "ze" | "die"))
    {
        return false;
    }
    let s = sentence(hay, r);
    let prev = sentence(hay, &(s.start.saturating_sub(1)..s.start.saturating_sub(1)));
    let from = prev.start.min(s.start);
    let text = &hay[from..s.end];
    if text.chars().any(is_critter) || words(text).iter().any(|(_, w)| PLAY.contains(*w)) {
        return true;
    }
    // The addressee named before a colon that opens the threat.
    let before = &hay[from..r.start];
    let Some(colon) = before.rfind(':') else {
        return false;
    };
    before[colon + 1..].trim().is_empty()
        && words(&before[..colon])
            .iter()
            .any(|(_, w)| THINGS.contains(*w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;

    fn at(text: &str, part: &str) -> (String, Range<usize>) {
        let hay = fold(text);
        let start = hay.find(part).expect(part);
        (hay.clone(), start..start + part.len())
    }

    #[test]
    fn negation_denies_and_intensifiers_do_not() {
        for (text, part, denied) in [
            (
                "Moslims zijn geen ratten.",
                "moslims zijn geen ratten",
                true,
            ),
            (
                "Moslims zijn niets dan ratten.",
                "moslims zijn niets dan ratten",
                false,
            ),
            ("Ik haat homo's niet.", "ik haat homo's", true),
            (
                "Het is niet zo dat joden dieven zijn.",
                "joden dieven zijn",
                true,
            ),
            (
                "Zijn vrouwen niet gewoon dom?",
                "zijn vrouwen niet gewoon dom",
                false,
            ),
            (
                "Polen zijn dieven, niet iedereen weet dat",
                "polen zijn dieven",
                false,
            ),
            ("Women are not inferior.", "women are not inferior", true),
            (
                "Women are nothing but trash.",
                "women are nothing but trash",
                false,
            ),
        ] {
            let (hay, r) = at(text, part);
            assert_eq!(is_denied(&hay, &r, false), denied, "{text}");
        }
    }

    #[test]
    fn claims_of_others_are_framed() {
        for (text, part, framed) in [
            (
                "Mensen die zeggen dat moslims ratten zijn, snappen er niks van.",
                "moslims ratten zijn",
                true,
            ),
            (
                "Ik vind dat moslims ratten zijn.",
                "moslims ratten zijn",
                false,
            ),
            (
                "Ik zeg niet dat Polen dieven zijn.",
                "polen dieven zijn",
                true,
            ),
            (
                "Het idee dat vrouwen dom zijn is achterhaald.",
                "vrouwen dom zijn",
                true,
            ),
            (
                "Saying that women are stupid is sexist.",
                "women are stupid",
                true,
            ),
            ("I think women are stupid.", "women are stupid", false),
        ] {
            let (hay, r) = at(text, part);
            assert_eq!(is_framed(&hay, &r), framed, "{text}");
        }
    }

    #[test]
    fn quotes_reported_or_condemned() {
        for (text, part, reported) in [
            (
                "\"Joden zijn ratten\" riep hij. Walgelijk.",
                "joden zijn ratten",
                true,
            ),
            (
                "Een leerling noemde een ander 'mongool'. Dat tolereren we niet.",
                "mongool",
                true,
            ),
            ("Wat een 'kutschool' is dit.", "kutschool", false),
            ("Homo's zijn ziek, zei hij.", "homo's zijn ziek", false),
        ] {
            let (hay, r) = at(text, part);
            assert_eq!(is_quoted_report(&hay, &r), reported, "{text}");
        }
    }

    #[test]
    fn threats_at_things() {
        for text in [
            "Als ik die gast vind die mijn fiets heeft gesloopt, ik maak je af.",
            "Kom nog één keer aan mijn fiets en ik sla je verrot.",
        ] {
            let hay = fold(text);
            let start = hay.find("ik ").unwrap();
            assert!(!is_aimed_at_thing(&hay, &(start..hay.len() - 1)), "{text}");
        }
        let (hay, r) = at("In Fortnite riep hij: ik maak je af", "ik maak je af");
        assert!(is_aimed_at_thing(&hay, &r));
        let (hay, r) = at(
            "Die spin in de hoek van lokaal 2.14: ik ga je vermoorden",
            "ik ga je vermoorden",
        );
        assert!(is_aimed_at_thing(&hay, &r));
        let (hay, r) = at(
            "Die vader van Sem: ik ga je vermoorden",
            "ik ga je vermoorden",
        );
        assert!(!is_aimed_at_thing(&hay, &r));
    }
}
