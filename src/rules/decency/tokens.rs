//! Words of the normalised text as a filter-dodger writes them, and the
//! readings to try for each: leetspeak (k@nker), self-censoring (sh*t),
//! stretched letters (kuuuut) and spaced letters (k a n k e r).

use std::ops::Range;

use crate::diagnostic::Disguise;

/// Characters that stand for letters inside a word.
fn leet(c: char) -> Option<&'static [char]> {
    Some(match c {
        '@' | '4' => &['a'],
        '3' | '€' => &['e'],
        '1' | '!' | '|' => &['i', 'l'],
        '0' => &['o'],
        '5' | '$' => &['s'],
        '7' => &['t'],
        '*' => &['a', 'e', 'i', 'o', 'u'],
        _ => return None,
    })
}

fn is_token_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '@' | '$' | '€' | '!' | '|' | '*')
}

/// Punctuation that may end or start a word without being part of it.
fn is_edge_punct(c: char) -> bool {
    matches!(c, '!' | '|' | '*' | '@')
}

/// ASCII bytes that are token characters.
const TOKEN_BYTES: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || matches!(c, b'@' | b'$' | b'!' | b'|' | b'*');
        b += 1;
    }
    t
};

/// The character at byte `i` (a character boundary): its length and
/// whether it is a token character; ASCII is decided from a table.
#[inline]
fn char_at(hay: &str, i: usize) -> (usize, bool) {
    let b = hay.as_bytes()[i];
    if b < 0x80 {
        return (1, TOKEN_BYTES[usize::from(b)]);
    }
    match hay[i..].chars().next() {
        Some(c) => (c.len_utf8(), is_token_char(c)),
        None => (1, false),
    }
}

/// What an ASCII byte is to [`scan_words`]: a token character, a letter,
/// a leetspeak character or edge punctuation (see [`leet`] and
/// [`is_edge_punct`]).
const TOKEN: u8 = 1;
const LETTER: u8 = 2;
const ODD: u8 = 4;
const CLASS: [u8; 128] = {
    let mut t = [0; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if TOKEN_BYTES[b] {
            t[b] |= TOKEN;
        }
        if c.is_ascii_alphabetic() {
            t[b] |= LETTER;
        }
        if matches!(
            c,
            b'@' | b'4' | b'3' | b'1' | b'!' | b'|' | b'0' | b'5' | b'$' | b'7' | b'*'
        ) {
            t[b] |= ODD;
        }
        b += 1;
    }
    t
};

/// The words of `hay` as byte ranges, edge punctuation trimmed; lazily,
/// without allocating, so a 100 MB post costs no more than its length.
pub fn words(hay: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    scan_words(hay).map(|(r, _)| r)
}

/// [`words`], each with whether it may read as something else: it has a
/// letter (or a non-ASCII character) and a leetspeak character, a
/// non-ASCII character or three equal bytes in a row. Any other word has
/// itself as its only reading (see `tests`). One tight pass over the bytes:
/// this runs on every word of every text.
pub fn scan_words(hay: &str) -> impl Iterator<Item = (Range<usize>, bool)> + '_ {
    let b = hay.as_bytes();
    let len = b.len();
    let mut i = 0;
    std::iter::from_fn(move || {
        loop {
            // `i` only ever moves by whole characters.
            let start = loop {
                while i < len && b[i] < 0x80 && CLASS[usize::from(b[i])] & TOKEN == 0 {
                    i += 1;
                }
                if i >= len {
                    return None;
                }
                if b[i] < 0x80 {
                    break i;
                }
                let (n, token) = char_at(hay, i);
                if token {
                    break i;
                }
                i += n;
            };
            // Bits of every byte seen, and whether three equal ones were.
            let mut seen = 0u8;
            let mut odd = false;
            let (mut p2, mut p1) = (0u8, 0u8);
            while i < len {
                let c = b[i];
                if c < 0x80 {
                    let k = CLASS[usize::from(c)];
                    if k & TOKEN == 0 {
                        break;
                    }
                    seen |= k;
                    odd |= c == p1 && c == p2;
                    (p2, p1) = (p1, c);
                    i += 1;
                } else {
                    let (n, token) = char_at(hay, i);
                    if !token {
                        break;
                    }
                    seen |= LETTER | ODD;
                    i += n;
                }
            }
            let end = i;
            odd = (odd || seen & ODD != 0) && seen & LETTER != 0;
            if seen & ODD == 0 {
                // No edge punctuation either: the word is the whole token.
                return Some((start..end, odd));
            }
            let word = &hay[start..end];
            let lead = word.len() - word.trim_start_matches(is_edge_punct).len();
            let trail = word.len() - word.trim_end_matches(is_edge_punct).len();
            if lead + trail < word.len() {
                return Some((start + lead..end - trail, odd));
            }
        }
    })
}

/// A word of [`marked_words`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub range: Range<usize>,
    /// As in [`scan_words`]: it may read as something else.
    pub odd: bool,
    /// It holds one of the marks.
    pub marked: bool,
}

/// Bytes of which every odd or single-letter word holds at least one:
/// every non-ASCII byte, digits and the leetspeak and edge characters (and
/// `"#`, which lie between `!` and `$`), a letter between two bytes that are
/// not letters or digits, three equal letters. More bytes than needed cost
/// a look, never a wrong answer: [`marked_words`] reads the words around
/// them exactly.
pub(crate) const ODDITIES: postlint_scan::bytes::Oddities<'static> =
    postlint_scan::bytes::Oddities {
        odd: postlint_scan::bytes::Class(&[
            (b'0', b'9'),
            (b'!', b'$'),
            (b'*', b'*'),
            (b'@', b'@'),
            (b'|', b'|'),
            (0x80, 0xFF),
        ]),
        alone: postlint_scan::bytes::Class(&[(b'a', b'z'), (b'A', b'Z')]),
        neighbour: postlint_scan::bytes::Class(&[(b'0', b'9'), (b'A', b'Z'), (b'a', b'z')]),
    };

/// The words of [`scan_words`] that are odd, single letters (of at most
/// four bytes), or hold one of `marks` (sorted byte offsets), in order.
/// Only the words around odd bytes and marks are read, so a long text of
/// plain words costs one vectorised pass over its bytes.
pub fn marked_words(hay: &str, marks: &[usize]) -> Vec<Word> {
    let b = hay.as_bytes();
    let odd = postlint_scan::bytes::oddities(b, ODDITIES);
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    // End of the last token read: later candidates inside it are done.
    let mut done = 0;
    let mut mark = 0;
    loop {
        let p = match (odd.get(i), marks.get(j)) {
            (Some(&o), Some(&m)) if m < o => {
                j += 1;
                m
            }
            (Some(&o), _) => {
                i += 1;
                o
            }
            (None, Some(&m)) => {
                j += 1;
                m
            }
            (None, None) => break,
        };
        if p < done {
            continue;
        }
        let mut p = p;
        while !hay.is_char_boundary(p) {
            p -= 1;
        }
        if !char_at(hay, p).1 {
            continue;
        }
        let mut start = p;
        while let Some(c) = hay[..start].chars().next_back() {
            if !is_token_char(c) {
                break;
            }
            start -= c.len_utf8();
        }
        let mut end = p;
        while end < b.len() {
            let (n, token) = char_at(hay, end);
            if !token {
                break;
            }
            end += n;
        }
        done = end;
        let Some((r, odd)) = scan_words(&hay[start..end]).next() else {
            continue;
        };
        let range = start + r.start..start + r.end;
        while marks.get(mark).is_some_and(|&m| m < range.start) {
            mark += 1;
        }
        let marked = marks.get(mark).is_some_and(|&m| m < range.end);
        let single = range.len() <= 4 && is_single_letter(&hay[range.clone()]);
        if odd || marked || single {
            out.push(Word { range, odd, marked });
        }
    }
    out
}

/// Whether a word is a single letter ("k" of "k a n k e r").
pub fn is_single_letter(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
}

/// Runs of three or more single letters split by the same one-character
/// separator ("k a n k e r", "k.a.n.k.e.r"), joined into one word.
#[cfg(test)]
pub fn spaced_words(hay: &str) -> Vec<(Range<usize>, String)> {
    let singles: Vec<(usize, Range<usize>)> = words(hay)
        .enumerate()
        .filter(|(_, w)| is_single_letter(&hay[w.clone()]))
        .collect();
    spaced_runs(hay, &singles)
}

/// [`spaced_words`] from the single-letter words of `hay`, each with its
/// index among all words (letters next to each other have indices in a row).
pub fn spaced_runs(hay: &str, singles: &[(usize, Range<usize>)]) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    let mut run: Vec<Range<usize>> = Vec::new();
    let mut sep: Option<&str> = None;
    let mut last_index = usize::MAX;
    let flush = |run: &mut Vec<Range<usize>>, out: &mut Vec<(Range<usize>, String)>| {
        if run.len() >= 3 {
            let text: String = run.iter().map(|r| &hay[r.clone()]).collect();
            out.push((run[0].start..run[run.len() - 1].end, text));
        }
        run.clear();
    };
    for (index, w) in singles {
        if last_index.wrapping_add(1) != *index {
            flush(&mut run, &mut out);
            sep = None;
        }
        last_index = *index;
        if let Some(last) = run.last() {
            let gap = &hay[last.end..w.start];
            if gap.chars().count() != 1 || sep.is_some_and(|s| s != gap) {
                flush(&mut run, &mut out);
                sep = None;
            } else {
                sep = Some(gap);
            }
        }
        run.push(w.clone());
    }
    flush(&mut run, &mut out);
    out
}

/// Whether a word needs more readings than itself: leetspeak characters or
/// a run of three equal letters.
pub fn is_disguised(word: &str) -> bool {
    if word.is_ascii() {
        let b = word.as_bytes();
        return b.iter().any(|c| {
            matches!(
                c,
                b'@' | b'4' | b'3' | b'1' | b'!' | b'|' | b'0' | b'5' | b'$' | b'7' | b'*'
            )
        }) || b.windows(3).any(|w| w[0] == w[1] && w[1] == w[2]);
    }
    let mut prev = ('\0', 0);
    for c in word.chars() {
        if leet(c).is_some() {
            return true;
        }
        prev = if c == prev.0 { (c, prev.1 + 1) } else { (c, 1) };
        if prev.1 >= 3 {
            return true;
        }
    }
    false
}

/// A reading of a token and the disguises undone to get it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub text: String,
    pub disguises: Vec<Disguise>,
}

const MAX_READINGS: usize = 64;

/// The ways to read `word`: as written; with leetspeak undone when the word
/// has a letter (never on pure numbers); with runs of three or more equal
/// letters read as one or as two (never collapsing pairs: "gaat" ≠ "gat").
pub fn readings(word: &str) -> Vec<Reading> {
    let mut base = vec![Reading {
        text: word.to_string(),
        disguises: Vec::new(),
    }];
    let has_letter = word.chars().any(char::is_alphabetic);
    if has_letter && word.chars().any(|c| leet(c).is_some()) {
        let mut alts: Vec<String> = vec![String::new()];
        for c in word.chars() {
            match leet(c) {
                Some(options) if alts.len() * options.len() <= MAX_READINGS => {
                    alts = alts
                        .iter()
                        .flat_map(|a| options.iter().map(move |o| format!("{a}{o}")))
                        .collect();
                }
                Some(options) => alts.iter_mut().for_each(|a| a.push(options[0])),
                None => alts.iter_mut().for_each(|a| a.push(c)),
            }
        }
        let kind = if word.contains('*') {
            Disguise::Asterisk
        } else {
            Disguise::Leet
        };
        base.extend(alts.into_iter().map(|text| Reading {
            text,
            disguises: vec![kind],
        }));
    }
    let mut out = Vec::new();
    for r in base {
        for short in collapse_runs(&r.text) {
            let mut disguises = r.disguises.clone();
            disguises.push(Disguise::Stretched);
            out.push(Reading {
                text: short,
                disguises,
            });
        }
        out.push(r);
    }
    out.dedup_by(|a, b| a.text == b.text);
    out
}

/// `s` with each run of three or more equal letters cut to one or to two
/// letters, in every combination (up to four runs: "klooooootzaaaak" →
/// "klootzak"); empty if there is no such run.
fn collapse_runs(s: &str) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    // (start, end) of each long run of a letter.
    let mut runs = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let mut j = i;
        while j < chars.len() && chars[j] == chars[i] {
            j += 1;
        }
        if j - i >= 3 && chars[i].is_alphabetic() {
            runs.push((i, j));
        }
        i = j;
    }
    if runs.is_empty() {
        return Vec::new();
    }
    let n = runs.len().min(4);
    (0..1u32 << n)
        .map(|mask| {
            let mut out = String::with_capacity(s.len());
            let mut at = 0;
            for (k, &(start, end)) in runs.iter().enumerate() {
                out.extend(&chars[at..start]);
                let keep = if k < n && mask & (1 << k) != 0 { 2 } else { 1 };
                out.extend(std::iter::repeat_n(chars[start], keep));
                at = end;
            }
            out.extend(&chars[at..]);
            out
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(word: &str) -> Vec<String> {
        readings(word).into_iter().map(|r| r.text).collect()
    }

    /// Words as first written, one character at a time: the oracle for
    /// the byte loop of [`scan_words`].
    fn words_by_char(hay: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in hay.char_indices().chain([(hay.len(), ' ')]) {
            match (start, is_token_char(c)) {
                (None, true) => start = Some(i),
                (Some(s), false) => {
                    let word = &hay[s..i];
                    let lead = word.len() - word.trim_start_matches(is_edge_punct).len();
                    let trail = word.len() - word.trim_end_matches(is_edge_punct).len();
                    if lead + trail < word.len() {
                        out.push(s + lead..i - trail);
                    }
                    start = None;
                }
                _ => {}
            }
        }
        out
    }

    proptest::proptest! {
        /// The engine's block-wise search gives decency's classes byte by
        /// byte, on texts long enough for its SIMD path.
        #[test]
        fn oddities_are_those_of_each_byte(hay in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::strategy::Just(b'a'), proptest::strategy::Just(b' '),
                proptest::strategy::Just(b'*'), proptest::strategy::Just(b'0'),
                proptest::strategy::Just(b'Z'), proptest::strategy::Just(0xC3u8),
                proptest::prelude::any::<u8>()
            ], 0..600)) {
            let plain: Vec<usize> = (0..hay.len()).filter(|&i| ODDITIES.at(&hay, i)).collect();
            proptest::prop_assert_eq!(postlint_scan::bytes::oddities(&hay, ODDITIES), plain);
        }

        #[test]
        fn scan_words_splits_as_by_char_and_flags_every_other_reading(
            hay in "[a-c@4!|*$ .,\\-éß€’\u{200b}0-9]{0,40}"
        ) {
            let scanned: Vec<(Range<usize>, bool)> = scan_words(&hay).collect();
            let ranges: Vec<Range<usize>> = scanned.iter().map(|(r, _)| r.clone()).collect();
            proptest::prop_assert_eq!(ranges, words_by_char(&hay));
            for (r, odd) in scanned {
                let word = &hay[r];
                proptest::prop_assert!(odd || readings(word).len() == 1, "{:?}", word);
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn marked_words_are_the_odd_single_and_marked_words_of_scan_words(
            hay in "([a-cKZ@4!|*$ .,\\-éß€’\u{200b}0-9]|kut|k u t|aaa|  ){0,60}",
            every in 1usize..9,
        ) {
            let marks: Vec<usize> = (0..hay.len()).filter(|i| i % every == 0 && hay.is_char_boundary(*i)).collect();
            let expected: Vec<Word> = scan_words(&hay)
                .filter_map(|(range, odd)| {
                    let marked = marks.iter().any(|m| range.contains(m));
                    let single = range.len() <= 4 && is_single_letter(&hay[range.clone()]);
                    (odd || marked || single).then_some(Word { range, odd, marked })
                })
                .collect();
            proptest::prop_assert_eq!(marked_words(&hay, &marks), expected);
        }
    }

    #[test]
    fn words_and_edges() {
        let hay = "Kut! wat een k@nker-zooi, @juf en sh*t.";
        let w: Vec<&str> = words(hay).map(|r| &hay[r]).collect();
        assert_eq!(
            w,
            ["Kut", "wat", "een", "k@nker", "zooi", "juf", "en", "sh*t"]
        );
    }

    #[test]
    fn spaced_letters_are_joined_with_one_separator() {
        let spaced: Vec<String> = spaced_words("k a n k e r koud en k.a.n.k.e.r")
            .into_iter()
            .map(|(_, t)| t)
            .collect();
        assert_eq!(spaced, ["kanker", "kanker"]);
        assert!(spaced_words("a b, c").is_empty(), "mixed separators");
        assert!(
            spaced_words("k a koud").is_empty(),
            "two letters are not a word"
        );
    }

    #[test]
    fn disguised_words_need_readings() {
        assert!(is_disguised("k@nker") && is_disguised("kuuut") && is_disguised("sh*t"));
        assert!(!is_disguised("gaat") && !is_disguised("kanker"));
    }

    #[test]
    fn leet_only_in_words_with_a_letter() {
        assert!(texts("k@nker").contains(&"kanker".to_string()));
        assert!(texts("1d10ot").contains(&"idioot".to_string()));
        assert!(texts("sh*t").contains(&"shit".to_string()));
        assert_eq!(texts("2024"), ["2024"]);
        assert_eq!(texts("€500"), ["€500"]);
    }

    #[test]
    fn stretched_letters_read_as_one_or_two_but_pairs_stay() {
        let t = texts("kuuuut");
        assert!(t.contains(&"kut".to_string()) && t.contains(&"kuut".to_string()));
        assert_eq!(texts("gaat"), ["gaat"]);
        assert!(texts("kankerrrr").contains(&"kanker".to_string()));
        assert!(texts("klooooootzaaaak").contains(&"klootzak".to_string()));
    }

    #[test]
    fn readings_are_bounded() {
        assert!(readings("*|*|*|*|*|*|*|*a").len() <= 3 * MAX_READINGS);
    }
}
