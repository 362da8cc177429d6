//! The two statements protocol C.4 asks for, recognised by their parts in
//! Dutch and English rather than as fixed phrases.
//!
//! - personal opinion: an owner ("eigen", "persoonlijk", "privé", "van
//!   mij", "mine", "my own") with an opinion word ("mening", "standpunten",
//!   "views", "wat ik post"); or the employer denied ("niet die van de
//!   school", "not my employer's", "mijn werkgever staat erbuiten"); or a
//!   capacity ("op persoonlijke titel", "ik spreek voor mezelf").
//! - third party: a denial of responsibility or endorsement ("niet
//!   verantwoordelijk", "valt buiten mijn verantwoordelijkheid", "not
//!   liable", "RT ≠ endorsement") with others' content ("reacties",
//!   "derden", "wat anderen hieronder schrijven", "replies"); or others'
//!   content said to be theirs ("reacties zijn voor eigen rekening",
//!   "comments are the commenters' own").
//!
//! A statement that is negated ("geen persoonlijke mening, maar feiten"),
//! asked ("Eigen mening?") or quoted inside other words ("'meningen zijn
//! mijn eigen', ja ja") is not made by the author and does not count.
//! Texts are the normalised text: lower case, no diacritics, ASCII quotes.

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

/// Words that make the rest of a sentence worth reading, besides the
/// opinion words, others' content and endorsements below: every rule needs
/// one of them. Matched anywhere in a word, so compounds count.
const MORE_ANCHORS: &[&str] = &[
    "wat ik",
    "what i",
    // the employer denied ("school" itself is too frequent to start from)
    "werkgever",
    "stichting",
    "organisatie",
    "employer",
    "die van",
    "dat van",
    "namens",
    "behalf",
    "those of",
    "erbuiten",
    "niets mee",
    "niks mee",
    "nothing to do",
    "beleid",
    "speak",
    "spreek",
    // capacity
    "titel",
    "persoon",
    "mezelf",
    "mijzelf",
    "myself",
    "capacity",
    "los van",
];

static ANCHOR_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let words = OPINION_WORDS
        .iter()
        .chain(OTHERS)
        .chain(ENDORSE)
        .chain(MORE_ANCHORS);
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(words)
        .expect("anchor words build")
});

/// Opinion words: what the author's statement is about.
const OPINION_WORDS: &[&str] = &[
    "mening",
    "meningen",
    "standpunt",
    "standpunten",
    "opvatting",
    "opvattingen",
    "visie",
    "visies",
    "ideeen",
    "gedachten",
    "overtuiging",
    "overtuigingen",
    "uitspraken",
    "tweets",
    "berichten",
    "posts",
    "woorden",
    "view",
    "views",
    "opinion",
    "opinions",
    "thoughts",
    "words",
];

/// Owners that make an opinion the author's own when they stand before it.
const OWN_BEFORE: &[&str] = &[
    "eigen",
    "persoonlijk",
    "persoonlijke",
    "prive",
    "personal",
    "private",
];

/// Possessives and articles that give an owner to someone else ("hun
/// eigen mening", "een eigen mening vormen").
const OTHER_OWNER: &[&str] = &[
    "een", "hun", "haar", "jouw", "je", "uw", "their", "your", "his", "her", "its", "ieders", "a",
    "an",
];

/// Copulas: "meningen *zijn* mijn eigen".
const COPULA: &[&str] = &[
    "zijn", "is", "blijven", "blijft", "are", "remain", "remains", "were", "was",
];

const NEGATION: &[&str] = &[
    "niet", "geen", "not", "no", "nooit", "never", "isn't", "aren't", "don't", "doesn't", "nor",
    "noch",
];

/// Who a statement may deny speaking for.
const EMPLOYER: &[&str] = &[
    "school",
    "scholen",
    "schools",
    "school's",
    "werkgever",
    "werkgevers",
    "stichting",
    "organisatie",
    "employer",
    "employer's",
    "employers",
    "college",
];

/// Words that may stand between a denial and the employer in "niet
/// (noodzakelijk) die van (mijn) werkgever", "not the views of my
/// employer", "niet namens de school".
const DENIAL_BRIDGE: &[&str] = &[
    "die",
    "dat",
    "het",
    "de",
    "een",
    "the",
    "a",
    "of",
    "van",
    "namens",
    "mijn",
    "m'n",
    "mn",
    "my",
    "noodzakelijk",
    "per",
    "se",
    "perse",
    "necessarily",
    "standpunt",
    "standpunten",
    "mening",
    "meningen",
    "visie",
    "opvatting",
    "opvattingen",
    "officiele",
    "officieel",
    "eventuele",
    "views",
    "view",
    "opinions",
    "opinion",
    "position",
    "positions",
    "those",
    "that",
    "for",
    "on",
    "behalf",
    "speaking",
    "speak",
    "spreek",
    "spreekt",
    "praat",
    "schrijf",
    "ik",
    "i",
    "hier",
    "here",
    "reflect",
    "reflects",
    "represent",
    "represents",
    "weer",
    "staat",
    "staan",
    "in",
    "any",
    "way",
    "official",
    "do",
    "does",
    "also",
    "ook",
];

/// Others' content: what a third-party statement is about.
const OTHERS: &[&str] = &[
    "reacties",
    "reactie",
    "reageerders",
    "derden",
    "anderen",
    "volgers",
    "comments",
    "comment",
    "commenters",
    "commentators",
    "replies",
    "reply",
    "reactions",
    "others",
    "third",
    "thirdparty",
    "opmerkingen",
    "uitlatingen",
    "hieronder",
    "below",
    "followers",
    "schrijvers",
    "posters",
];

const RESPONSIBLE: &[&str] = &[
    "verantwoordelijk",
    "verantwoordelijke",
    "verantwoordelijkheid",
    "aansprakelijk",
    "aansprakelijkheid",
    "responsible",
    "responsibility",
    "liable",
    "liability",
    "accountable",
];

/// Words that may stand between a negation and "verantwoordelijk": "niet
/// aansprakelijk worden gesteld", "can't be held responsible", "op geen
/// enkele wijze verantwoordelijk".
const RESPONSIBLE_BRIDGE: &[&str] = &[
    "zelf",
    "ook",
    "echt",
    "enkele",
    "enigerlei",
    "wijze",
    "op",
    "in",
    "any",
    "way",
    "be",
    "held",
    "kan",
    "worden",
    "gesteld",
    "ben",
    "ik",
    "i",
    "am",
    "is",
    "zijn",
    "geheel",
    "helemaal",
    "my",
    "mijn",
    "legally",
    "juridisch",
    "wordt",
    "are",
    "the",
    "te",
];

/// Shares and likes that a statement says are no endorsement.
const SHARES: &[&str] = &[
    "rt",
    "rts",
    "rt's",
    "retweet",
    "retweets",
    "delen",
    "gedeeld",
    "likes",
    "like",
    "shares",
    "share",
    "reposts",
    "repost",
    "doorsturen",
    "links",
];

const ENDORSE: &[&str] = &[
    "endorsement",
    "endorsements",
    "endorse",
    "endorsed",
    "endorsing",
    "endorses",
    "instemming",
    "goedkeuring",
    "onderschrijving",
];

fn is(word: &str, class: &[&str]) -> bool {
    class.contains(&word)
}

/// A sentence cut into words, with the clause each word is in.
struct Sentence<'a> {
    text: &'a str,
    words: Vec<&'a str>,
    starts: Vec<usize>,
    clause: Vec<u16>,
}

impl<'a> Sentence<'a> {
    fn new(text: &'a str) -> Sentence<'a> {
        let mut words = Vec::new();
        let mut starts = Vec::new();
        let mut clause = Vec::new();
        let mut current = 0u16;
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < text.len() {
            let c = text[i..].chars().next().unwrap_or(' ');
            if c.is_alphanumeric() {
                let start = i;
                let mut end = i;
                for (k, ch) in text[i..].char_indices() {
                    let next_is_word = text[i + k + ch.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                    // An apostrophe inside a word belongs to it: m'n, don't.
                    if ch.is_alphanumeric() || (ch == '\'' && next_is_word) {
                        end = i + k + ch.len_utf8();
                    } else {
                        break;
                    }
                }
                words.push(&text[start..end]);
                starts.push(start);
                clause.push(current);
                i = end;
            } else {
                if matches!(bytes[i], b',' | b';' | b':' | b'|' | b'(' | b')') {
                    current = current.saturating_add(1);
                }
                i += c.len_utf8();
            }
        }
        Sentence {
            text,
            words,
            starts,
            clause,
        }
    }

    fn len(&self) -> usize {
        self.words.len()
    }

    fn word(&self, i: usize) -> &str {
        self.words[i]
    }

    /// Words `from..to` (clamped) of the clause of word `at`.
    fn clause_range(&self, at: usize, from: isize, to: isize) -> Range<usize> {
        let lo = (at as isize + from).max(0) as usize;
        let hi = ((at as isize + to).max(0) as usize).min(self.len());
        let c = self.clause[at];
        let mut a = lo.min(at);
        while a < at && self.clause[a] != c {
            a += 1;
        }
        let mut b = at;
        while b < hi && self.clause[b] == c {
            b += 1;
        }
        a.max(lo)..b.max(a.max(lo))
    }

    fn any_in(&self, r: Range<usize>, class: &[&str]) -> bool {
        r.into_iter().any(|k| is(self.words[k], class))
    }

    /// A question is asked, not stated.
    fn is_question(&self) -> bool {
        self.text.trim_end().ends_with('?')
    }

    /// Whether word `at` stands inside quotation marks among other words:
    /// a statement mentioned, not made. A quote that is the whole sentence
    /// (after a label such as "Disclaimer:") is made.
    fn quoted_among_words(&self, at: usize) -> bool {
        let spans = quoted_spans(self.text);
        let pos = self.starts[at];
        if !spans.iter().any(|s| s.contains(&pos)) {
            return false;
        }
        let outside = (0..self.len())
            .filter(|&k| !spans.iter().any(|s| s.contains(&self.starts[k])))
            .count();
        outside > 2
    }
}

/// Quoted stretches of `text`: from an opening quote (after a space or
/// the start, before a letter) to the same quote closing (after a letter
/// or punctuation, before a non-letter). Apostrophes inside words (m'n,
/// collega's) neither open nor close.
fn quoted_spans(text: &str) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let q = b[i];
        let opens = (q == b'\'' || q == b'"')
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            && b.get(i + 1).is_some_and(|c| !c.is_ascii_whitespace());
        if opens
            && let Some(close) = (i + 1..b.len()).find(|&k| {
                b[k] == q
                    && k > i + 1
                    && !b.get(k + 1).is_some_and(|c| c.is_ascii_alphanumeric())
                    && !b[k - 1].is_ascii_whitespace()
            })
        {
            out.push(i..close + 1);
            i = close + 1;
            continue;
        }
        i += 1;
    }
    out
}

/// The sentence around byte `at` of lower-cased text: from after the last
/// ".", "!" or "?" followed by white space, or paragraph or list break, to
/// the next one, at most 600 bytes each side. (Unicode segmentation does not end a
/// sentence before a lower-case word, and the text is lower-cased.)
pub(super) fn sentence_around(text: &str, at: usize) -> Range<usize> {
    let b = text.as_bytes();
    // A line break inside a paragraph is wrapping; a blank line or a list,
    // quote or table line ends the sentence.
    let ends_here = |i: usize| {
        if b[i] == b'\n' {
            let next = b[i + 1..]
                .iter()
                .find(|c| **c != b' ' && **c != b'\t' && **c != b'\r');
            return next.is_none_or(|c| b"\n-*>|#+".contains(c));
        }
        matches!(b[i], b'.' | b'!' | b'?') && b.get(i + 1).is_none_or(|c| c.is_ascii_whitespace())
    };
    let floor = at.saturating_sub(600);
    let mut lo = at;
    while lo > floor && !ends_here(lo - 1) {
        lo -= 1;
    }
    let ceil = (at + 600).min(b.len());
    let mut hi = at;
    while hi < ceil && !ends_here(hi) {
        hi += 1;
    }
    let hi = (hi + 1).min(b.len());
    let fix = |mut i: usize, up: bool| {
        while !text.is_char_boundary(i) {
            if up { i += 1 } else { i -= 1 }
        }
        i
    };
    fix(lo, false)..fix(hi, true)
}

/// What a text states, sentence by sentence.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Statements {
    pub opinion: bool,
    pub third_party: bool,
}

/// Reads the C.4 statements of `folded`; `school_words` are the distinctive
/// words of the configured schools ("scala", "coenecoop"), which a denial
/// may name instead of "de school".
pub fn statements(folded: &str, school_words: &[String]) -> Statements {
    let mut found = Statements::default();
    let mut last: Option<Range<usize>> = None;
    for m in ANCHOR_FINDER.find_iter(folded) {
        if last.as_ref().is_some_and(|r| r.contains(&m.start())) {
            continue;
        }
        let r = sentence_around(folded, m.start());
        let s = Sentence::new(&folded[r.clone()]);
        last = Some(r);
        if s.is_question() {
            continue;
        }
        found.opinion |= opinion(&s, school_words);
        found.third_party |= third_party(&s);
        if found.opinion && found.third_party {
            break;
        }
    }
    found
}

/// A sentence that states the author's own opinion.
fn opinion(s: &Sentence<'_>, school_words: &[String]) -> bool {
    (0..s.len()).any(|i| {
        let core = owned_opinion(s, i)
            .or_else(|| employer_denied(s, i, school_words))
            .or_else(|| capacity(s, i));
        core.is_some_and(|at| !s.quoted_among_words(at))
    })
}

/// "mijn persoonlijke mening", "meningen zijn mijn eigen", "views my
/// own", "privémening", "wat ik post is van mij": the word where it is.
fn owned_opinion(s: &Sentence<'_>, i: usize) -> Option<usize> {
    let w = s.word(i);
    let noun = is(w, OPINION_WORDS) || what_i_say(s, i);
    if !noun {
        // "privemening", "eigenmening"
        let compound = ["prive", "eigen", "persoonlijke"].iter().any(|p| {
            w.strip_prefix(p)
                .is_some_and(|rest| is(rest, OPINION_WORDS))
        });
        return (compound && !negated_before(s, i)).then_some(i);
    }
    let near = s.clause_range(i, -3, 7);
    for j in near {
        let o = s.word(j);
        let owns = if j < i {
            is(o, OWN_BEFORE) && owner_is_author(s, j)
                || o == "own" && j > 0 && s.word(j - 1) == "my"
        } else if j > i {
            let copula = s.any_in(i + 1..j, COPULA);
            match o {
                "eigen" | "persoonlijk" | "prive" | "personal" | "private" => {
                    copula && !(j + 1 < s.len() && is(s.word(j + 1), OPINION_WORDS))
                }
                "mine" => true,
                "own" => s.word(j - 1) == "my",
                "mij" | "mijzelf" | "mezelf" => s.word(j - 1) == "van" && copula,
                "mijne" => s.word(j - 1) == "de" && copula,
                _ => false,
            }
        } else {
            false
        };
        if owns {
            let first = i.min(j);
            let last = i.max(j);
            let lo = s.clause_range(first, -3, 0).start;
            if s.any_in(lo..last, NEGATION) {
                return None;
            }
            return Some(i);
        }
    }
    None
}

/// "wat ik post/schrijf/zeg", "what I post/write/say" as the opinion word.
fn what_i_say(s: &Sentence<'_>, i: usize) -> bool {
    const SAY: &[&str] = &[
        "post", "schrijf", "zeg", "deel", "tweet", "plaats", "vind", "write", "say", "share",
        "think",
    ];
    i >= 2
        && is(s.word(i), SAY)
        && ["ik", "i"].contains(&s.word(i - 1))
        && ["wat", "what", "alles"].contains(&s.word(i - 2))
}

/// An owner before the opinion word is the author's unless another
/// possessive or an indefinite article stands before it ("hun eigen
/// mening", "een eigen mening vormen"); "dit is een persoonlijke mening"
/// is the author's again.
fn owner_is_author(s: &Sentence<'_>, j: usize) -> bool {
    let mut k = j;
    while k > 0
        && ["mijn", "m'n", "mn", "my", "geheel", "volledig", "echt"].contains(&s.word(k - 1))
    {
        k -= 1;
    }
    if k == 0 {
        return true;
    }
    let before = s.word(k - 1);
    if before == "zijn" {
        // "dit zijn eigen meningen" (copula), not "hij geeft zijn eigen mening".
        return k >= 2 && ["dit", "dat", "deze", "het", "these"].contains(&s.word(k - 2));
    }
    if is(before, OTHER_OWNER) {
        return ["een", "a", "an"].contains(&before)
            && k >= 2
            && is(s.word(k - 2), COPULA)
            && k >= 3
            && ["dit", "dat", "het", "this", "it"].contains(&s.word(k - 3));
    }
    true
}

fn negated_before(s: &Sentence<'_>, i: usize) -> bool {
    s.any_in(s.clause_range(i, -3, 0), NEGATION)
}

/// "niet (die) van de school", "niet namens mijn werkgever", "not the views
/// of my employer", "los van de officiële standpunten", "mijn werkgever
/// staat erbuiten".
fn employer_denied(s: &Sentence<'_>, e: usize, school_words: &[String]) -> Option<usize> {
    let w = s.word(e);
    let employer = is(w, EMPLOYER) || school_words.iter().any(|x| x == w);
    let standpoint = matches!(w, "standpunt" | "standpunten" | "beleid");
    if !employer && !standpoint {
        return None;
    }
    // Look back over bridge words for the denial.
    let mut k = e;
    while k > 0 && e - k < 9 {
        k -= 1;
        let b = s.word(k);
        let denial = is(b, NEGATION) || b == "los";
        if denial {
            // Speaking for: "(die) van", "namens", "of", "for", or a
            // possessive ("not my employer's"); not "niet de school".
            let via = s.words[k + 1..e]
                .iter()
                .any(|x| ["van", "namens", "of", "behalf", "for"].contains(x))
                || w.ends_with("'s")
                || (b == "los" && k + 1 < e);
            // A standpoint alone is denied only by "los van": "staat los
            // van eventuele officiële standpunten".
            if via && (employer || b == "los") {
                return Some(e);
            }
            break;
        }
        if !is(b, DENIAL_BRIDGE) && !school_words.iter().any(|x| x == b) {
            break;
        }
    }
    if !employer {
        return None;
    }
    // After the employer: "staat erbuiten", "heeft er niets mee te maken",
    // "has nothing to do with it".
    let after = &s.words[e + 1..(e + 6).min(s.len())];
    let has = |x: &str| after.contains(&x);
    let apart = has("erbuiten")
        || (has("buiten") || has("los")) && (has("staat") || has("staan") || has("blijft"))
        || (has("niets") || has("niks") || has("nothing")) && (has("mee") || has("with"));
    apart.then_some(e)
}

/// "op persoonlijke titel", "als privépersoon", "ik spreek voor mezelf",
/// "speaking for myself", "in a personal capacity".
fn capacity(s: &Sentence<'_>, i: usize) -> Option<usize> {
    let w = s.word(i);
    let prev = |n: usize| if i >= n { s.word(i - n) } else { "" };
    let hit = match w {
        "titel" => {
            matches!(prev(1), "persoonlijke" | "eigen" | "prive" | "persoonlijk") && prev(2) == "op"
        }
        "privepersoon" => prev(1) == "als",
        "persoon" => prev(1) == "prive" && prev(2) == "als",
        "capacity" => prev(1) == "personal" || prev(1) == "private",
        "mezelf" | "mijzelf" | "myself" => {
            ["voor", "for"].contains(&prev(1))
                && s.any_in(
                    i.saturating_sub(5)..i,
                    &[
                        "spreek", "praat", "schrijf", "spreken", "speak", "speaking", "write",
                        "writing", "talk", "talking",
                    ],
                )
        }
        _ => false,
    };
    (hit && !negated_before(s, i)).then_some(i)
}

/// A sentence that denies responsibility for others' content.
fn third_party(s: &Sentence<'_>) -> bool {
    let others = (0..s.len()).any(|k| is(s.word(k), OTHERS) || s.word(k).starts_with("reactie"));
    (0..s.len()).any(|i| {
        let core = if others {
            responsibility_denied(s, i).or_else(|| theirs(s, i))
        } else {
            None
        }
        .or_else(|| no_endorsement(s, i));
        core.is_some_and(|at| !s.quoted_among_words(at))
    })
}

/// "niet verantwoordelijk", "valt buiten mijn verantwoordelijkheid", "sta
/// niet in voor", "can't be held responsible".
fn responsibility_denied(s: &Sentence<'_>, r: usize) -> Option<usize> {
    let w = s.word(r);
    if w == "in" {
        // "ik sta niet in voor ...", "voor reacties sta ik niet in"
        let vouch = r + 1 < s.len() && s.word(r + 1) == "voor"
            || s.any_in(r.saturating_sub(4)..r, &["sta", "staat", "staan"]);
        return (vouch && r >= 1 && is(s.word(r - 1), NEGATION)).then_some(r);
    }
    if !is(w, RESPONSIBLE) {
        return None;
    }
    let mut k = r;
    while k > 0 && r - k < 6 {
        k -= 1;
        let b = s.word(k);
        if is(b, NEGATION) || b == "buiten" || b == "can't" || b == "cannot" {
            return Some(r);
        }
        if !is(b, RESPONSIBLE_BRIDGE) {
            break;
        }
    }
    None
}

/// Others' content said to be their own: "reacties zijn voor eigen
/// rekening", "reageerders zijn zelf verantwoordelijk", "comments are the
/// commenters' own".
fn theirs(s: &Sentence<'_>, o: usize) -> Option<usize> {
    if !is(s.word(o), OTHERS) && !s.word(o).starts_with("reactie") {
        return None;
    }
    // Who owns it: "hun", "zelf", "their", or an agent noun ("de
    // schrijvers", "the commenters'").
    let owner = |b: &str| {
        ["zelf", "hun", "their", "themselves", "hen", "them"].contains(&b)
            || is(b, OTHERS)
            || b.len() > 5 && (b.ends_with("ers") || b.ends_with("er"))
    };
    let end = (o + 8).min(s.len());
    for k in o + 1..end {
        let w = s.word(k);
        let before = &s.words[o + 1..k];
        let hit = match w {
            "rekening" => before.contains(&"voor"),
            // "... are the commenters' own" as the predicate, not "hun
            // eigen keuze".
            "own" | "eigen" | "zaak" | "business" => {
                owner(s.word(k - 1))
                    && (k + 1 == s.len()
                        || is(s.word(k + 1), RESPONSIBLE)
                        || s.clause[k + 1] != s.clause[k])
            }
            _ if is(w, RESPONSIBLE) => {
                let after = &s.words[k + 1..(k + 5).min(s.len())];
                let theirs_after = after.first().is_some_and(|a| ["van", "of"].contains(a))
                    && after[1..].iter().any(|b| owner(b));
                (before.iter().any(|b| owner(b)) || theirs_after)
                    && !before
                        .iter()
                        .any(|b| is(b, NEGATION) || ["mijn", "my"].contains(b))
            }
            _ => false,
        };
        if hit {
            return Some(o);
        }
    }
    None
}

/// "RT ≠ endorsement", "delen is geen instemming", "likes are not
/// endorsements".
fn no_endorsement(s: &Sentence<'_>, e: usize) -> Option<usize> {
    if !is(s.word(e), ENDORSE) {
        return None;
    }
    let lo = e.saturating_sub(6);
    // "RT ≠ endorsement", or others' content: "comments are not endorsed".
    let share = (lo..e)
        .rev()
        .find(|&k| is(s.word(k), SHARES) || is(s.word(k), OTHERS))?;
    let between = &s.text[s.starts[share]..s.starts[e]];
    let denied = between.contains('≠')
        || between.contains("!=")
        || between.contains("=/=")
        || s.any_in(share + 1..e, NEGATION)
        || s.words[share + 1..e].contains(&"t");
    denied.then_some(e)
}

/// The post states the author's own opinion (C.4, first part).
pub fn has_opinion_statement(folded: &str) -> bool {
    statements(folded, &[]).opinion
}

/// The post denies responsibility for others' content (C.4, second part).
pub fn has_third_party_statement(folded: &str) -> bool {
    statements(folded, &[]).third_party
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;

    fn opinion(s: &str) -> bool {
        statements(&fold(s), &["scala".into(), "coenecoop".into()]).opinion
    }
    fn third(s: &str) -> bool {
        has_third_party_statement(&fold(s))
    }

    #[test]
    fn dutch_opinion_wordings() {
        for s in [
            "Ik schrijf dit op persoonlijke titel.",
            "Dit is mijn persoonlijke mening, niet die van de school.",
            "Meningen zijn mijn eigen.",
            "De standpunten in dit bericht zijn de mijne.",
            "Dit is niet het standpunt van het Scala College.",
            "Mijn eigen mening, niet die van de school.",
            "Deze meningen staan los van eventuele officiële standpunten.",
            "Ik spreek hier niet namens mijn werkgever.",
            "Privémening!",
            "Wat ik post is van mij; mijn werkgever staat erbuiten.",
            "Alles hier op eigen titel.",
            "privéaccount, meningen zijn van mij",
            "Eigen mening, los van het standpunt van het Coenecoop College.",
            "Persoonlijke mening.",
            "Dit zijn eigen meningen.",
            "Dit is een persoonlijke mening.",
            "Mijn werkgever heeft hier niets mee te maken.",
            "Ik schrijf dit als privépersoon.",
            "Ik spreek alleen voor mezelf.",
            "Mijn tweets zijn persoonlijk.",
            "Deze berichten geven niet noodzakelijk het standpunt van mijn werkgever weer.",
            "Disclaimer: 'meningen zijn mijn eigen'",
            "Dat klopt niet. Eigen mening.",
            "Dat klopt niet\n\nEigen mening",
            "Dit zijn mijn\npersoonlijke opvattingen.",
        ] {
            assert!(opinion(s), "{s}");
        }
    }

    #[test]
    fn english_opinion_wordings() {
        for s in [
            "Views are my own.",
            "Views my own; replies are not my responsibility.",
            "Opinions expressed here are mine.",
            "These tweets don’t necessarily reflect the views of my employer.",
            "All opinions are my own",
            "Opinions mine, not my employer's.",
            "Speaking only for myself here.",
            "Posting in a personal capacity.",
            "My own views, not those of the school.",
            "Personal opinions only.",
            "I don't speak on behalf of my employer.",
        ] {
            assert!(opinion(s), "{s}");
        }
    }

    #[test]
    fn merely_having_or_reporting_an_opinion_is_not_a_disclaimer() {
        for s in [
            "Mijn mening: het rooster moet anders.",
            "Naar mijn mening is dit een goed plan.",
            "Ik heb een eigen auto.",
            "My opinion: the timetable is wrong.",
            "Leerlingen leren een eigen mening te vormen.",
            "Hij gaf zijn eigen mening over de school.",
            "Ze hebben hun eigen standpunten.",
            "Eigen mening? Die heb ik.",
            "Ik ben niet blij met de keuze van de school.",
            "Geen idee wat de school van plan is.",
            "Their opinions are their own.",
            "Ik ben verantwoordelijk voor mijn lessen, niet de school.",
            "Het is niet de school die dit besliste.",
        ] {
            assert!(!opinion(s), "{s}");
        }
    }

    #[test]
    fn a_negated_or_quoted_statement_is_not_made() {
        for s in [
            "Dit is echt geen persoonlijke mening van mij, dit zijn gewoon feiten.",
            "Dit is niet mijn eigen mening maar de wet.",
            "This is not my personal opinion, these are facts.",
            "'Meningen zijn mijn eigen' ja ja, alsof iemand dat gelooft.",
            "Normaal zet ik er 'op persoonlijke titel' onder, maar vandaag niet.",
            "Ze schreef \"views are my own\" onder haar tweet, typisch.",
            "Dit schrijf ik niet op persoonlijke titel.",
        ] {
            assert!(!opinion(s), "{s}");
        }
    }

    #[test]
    fn third_party_wordings() {
        for s in [
            "Ik ben niet verantwoordelijk voor reacties van derden.",
            "Niet verantwoordelijk voor de inhoud en uitlatingen van derden.",
            "Reacties van derden zijn voor eigen rekening.",
            "Not responsible for third-party comments.",
            "RT ≠ endorsement",
            "Voor reacties van derden ben ik niet verantwoordelijk.",
            "Ik ben niet aansprakelijk voor uitlatingen van derden.",
            "reacties van anderen zijn niet mijn verantwoordelijkheid.",
            "Retweets are not endorsements.",
            "replies are not my responsibility",
            "Not liable for what others post below.",
            "Comments are the commenters' own.",
            "Wat anderen hieronder schrijven valt buiten mijn verantwoordelijkheid.",
            "Reacties van anderen vallen buiten mijn verantwoordelijkheid.",
            "Reageerders zijn zelf verantwoordelijk voor hun reacties.",
            "Ik sta niet in voor reacties van volgers.",
            "Delen is geen instemming.",
            "Voor wat er hieronder gezegd wordt kan ik niet aansprakelijk worden gesteld.",
            "I can't be held responsible for replies.",
            "Ik ben op geen enkele wijze verantwoordelijk voor reacties.",
            "Replies are the repliers' own responsibility.",
            "Comments are their own responsibility.",
            "Reacties zijn de verantwoordelijkheid van de schrijvers zelf.",
            "Voor reacties van volgers sta ik niet in.",
            "Wat volgers hieronder posten is hun zaak.",
            "Comments below are not endorsed by me.",
            "Reacties onder deze post zijn de verantwoordelijkheid van de plaatser.",
            "Ik ben niet\nverantwoordelijk voor reacties van derden.",
        ] {
            assert!(third(s), "{s}");
        }
    }

    #[test]
    fn not_third_party_statements() {
        for s in [
            "Ik ben verantwoordelijk voor de derde klassen.",
            "Mijn mening: reacties zijn welkom.",
            "Ik ben verantwoordelijk voor de reacties op mijn lessen, niet de school.",
            "Ik weet niet wie verantwoordelijk is voor de reacties.",
            "Ik ben wel verantwoordelijk voor wat anderen hier schrijven.",
            "'Niet verantwoordelijk voor reacties van derden' zeggen ze dan, en vervolgens niks doen.",
            "Zijn reacties van anderen jouw verantwoordelijkheid?",
            "Reacties van leerlingen zijn mijn verantwoordelijkheid.",
            "De reacties van ouders waren hun eigen keuze.",
            "Reacties zijn de zaak van de docent.",
            "Comments endorse the plan.",
        ] {
            assert!(!third(s), "{s}");
        }
    }

    #[test]
    fn quotes_are_found_around_words_not_inside_them() {
        let t = "m'n collega's zeiden 'meningen zijn mijn eigen' en \"rt's\"";
        let spans: Vec<&str> = quoted_spans(t).into_iter().map(|r| &t[r]).collect();
        assert_eq!(spans, ["'meningen zijn mijn eigen'", "\"rt's\""]);
    }
}
