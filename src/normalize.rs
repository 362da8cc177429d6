//! The normalised view that matching runs on, with a map back to the source.
//!
//! Folding done here: letter case (also IJ/ĳ → ij), compatibility forms
//! (fullwidth, mathematical letters, ligatures) via NFKD, diacritics on letters
//! (é → e, but ≠ keeps its stroke), invisible characters removed, and
//! Cyrillic or Greek look-alike letters read as Latin inside a word that is
//! otherwise Latin (a Russian sentence stays Russian).
//! Every normalised byte remembers the source byte offset of the character
//! it came from, so a match maps back to exact source bytes (1→n, n→1 and
//! 1→0 mappings).

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

#[derive(Debug, Clone)]
pub struct Normalized {
    pub text: String,
    origin: OriginMap,
    source_len: usize,
}

/// Where each normalised byte came from, stored as segments instead of one
/// offset per byte: a 100 MB text that is mostly ASCII needs a few
/// thousand entries, not 400 MB.
///
/// In a *linear* segment normalised and source offsets advance together
/// (ASCII, and characters whose folded form has the same length); a byte
/// inside a multi-byte character maps to that character's start. In a
/// *fixed* segment (one character that folds into several, like `ﬁ`) every
/// byte maps to the same source offset.
#[derive(Debug, Clone, Default)]
struct OriginMap {
    /// `(normalised start, source start)`, sorted; the top bit of the source
    /// start marks a fixed segment.
    segments: Vec<(u32, u32)>,
}

const FIXED: u32 = 1 << 31;

/// The largest text the map can address; the command line refuses larger
/// inputs before they get here.
pub const MAX_TEXT: usize = (FIXED - 1) as usize;

impl OriginMap {
    fn linear(&mut self, norm: usize, src: usize) {
        if let Some(&(n, s)) = self.segments.last()
            && s & FIXED == 0
            && (s as usize).wrapping_sub(n as usize) == src.wrapping_sub(norm)
        {
            return;
        }
        self.push(norm, src as u32);
    }

    fn fixed(&mut self, norm: usize, src: usize) {
        self.push(norm, src as u32 | FIXED);
    }

    fn push(&mut self, norm: usize, src: u32) {
        let norm = norm as u32;
        // A character that produced nothing leaves a segment with no bytes.
        if self.segments.last().is_some_and(|&(n, _)| n == norm) {
            self.segments.pop();
        }
        self.segments.push((norm, src));
    }

    /// Source offset of the character that produced normalised byte `i`.
    fn get(&self, text: &str, i: usize) -> usize {
        let k = self.segments.partition_point(|&(n, _)| n as usize <= i);
        let Some(&(n, s)) = k.checked_sub(1).and_then(|k| self.segments.get(k)) else {
            return 0;
        };
        if s & FIXED != 0 {
            return (s & !FIXED) as usize;
        }
        let mut i = i;
        while i > n as usize && !text.is_char_boundary(i) {
            i -= 1;
        }
        s as usize + (i - n as usize)
    }
}

/// Characters that render as nothing and are used to split words.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206F}' | '\u{FEFF}' | '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}')
}

/// The Latin letter a Cyrillic or Greek letter looks like.
pub fn latin_look_alike(c: char) -> Option<char> {
    Some(match c {
        'а' | 'А' | 'α' | 'Α' => 'a',
        'В' | 'в' | 'Β' | 'β' => 'b',
        'с' | 'С' | 'ϲ' => 'c',
        'ԁ' => 'd',
        'е' | 'Е' | 'ε' | 'Ε' | 'ё' => 'e',
        'һ' | 'Н' | 'Η' | 'н' => 'h',
        'і' | 'І' | 'ι' | 'Ι' | 'ӏ' => 'i',
        'ј' | 'Ј' => 'j',
        'к' | 'К' | 'κ' | 'Κ' => 'k',
        'М' | 'м' | 'Μ' => 'm',
        'Ν' | 'ν' => 'n',
        'о' | 'О' | 'ο' | 'Ο' => 'o',
        'р' | 'Р' | 'ρ' | 'Ρ' => 'p',
        'ԛ' => 'q',
        'ѕ' | 'Ѕ' => 's',
        'Т' | 'т' | 'τ' | 'Τ' => 't',
        'υ' => 'u',
        'ԝ' => 'w',
        'х' | 'Х' | 'χ' | 'Χ' => 'x',
        'у' | 'У' | 'Υ' => 'y',
        'Ζ' => 'z',
        _ => return None,
    })
}

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (('\u{00C0}'..='\u{024F}').contains(&c) && c.is_alphabetic())
}

/// Byte ranges of words that mix Latin letters with look-alikes.
fn mixed_script_words(source: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    let (mut latin, mut alike) = (false, false);
    let end_word = |start: &mut Option<usize>,
                    end: usize,
                    latin: &mut bool,
                    alike: &mut bool,
                    out: &mut Vec<_>| {
        if let Some(s) = start.take()
            && *latin
            && *alike
        {
            out.push(s..end);
        }
        *latin = false;
        *alike = false;
    };
    for (at, c) in source.char_indices() {
        if c.is_alphanumeric() || is_invisible(c) || is_combining_mark(c) {
            start.get_or_insert(at);
            latin |= is_latin_letter(c);
            alike |= latin_look_alike(c).is_some();
        } else {
            end_word(&mut start, at, &mut latin, &mut alike, &mut out);
        }
    }
    end_word(&mut start, source.len(), &mut latin, &mut alike, &mut out);
    out
}

/// Whether `source` may hold a Cyrillic or Greek letter (their UTF-8 lead
/// bytes), checked on bytes so that a large Latin text skips the word scan.
fn may_have_look_alikes(source: &str) -> bool {
    source.as_bytes().iter().any(|b| (0xCE..=0xD4).contains(b))
}

impl Normalized {
    pub fn new(source: &str) -> Normalized {
        let bytes = source.as_bytes();
        let mut text = String::with_capacity(source.len());
        let mut origin = OriginMap::default();
        let mixed = if may_have_look_alikes(source) {
            mixed_script_words(source)
        } else {
            Vec::new()
        };
        let mut mixed_at = 0;
        let mut at = 0;
        while at < bytes.len() {
            // A run of ASCII is copied and lower-cased in one go.
            let run = ascii_prefix(&bytes[at..]);
            if run > 0 {
                origin.linear(text.len(), at);
                let from = text.len();
                text.push_str(&source[at..at + run]);
                text[from..].make_ascii_lowercase();
                at += run;
                continue;
            }
            let Some(c) = source[at..].chars().next() else {
                break;
            };
            let before = text.len();
            if !is_invisible(c) {
                while mixed.get(mixed_at).is_some_and(|r| r.end <= at) {
                    mixed_at += 1;
                }
                let in_mixed = mixed.get(mixed_at).is_some_and(|r| r.contains(&at));
                match latin_look_alike(c).filter(|_| in_mixed) {
                    Some(l) => text.push(l),
                    None => fold_char(c, &mut text),
                }
            }
            let produced = &text[before..];
            match produced.chars().nth(1) {
                _ if produced.is_empty() => {}
                None => origin.linear(before, at),
                Some(_) => origin.fixed(before, at),
            }
            at += c.len_utf8();
        }
        Normalized {
            text,
            origin,
            source_len: source.len(),
        }
    }

    /// Source range of the normalised range `r` (on character boundaries).
    pub fn source_range(&self, source: &str, r: Range<usize>) -> Range<usize> {
        let start = self.source_offset(r.start);
        if r.end <= r.start {
            return start..start;
        }
        let last = self.source_offset(r.end - 1);
        let last_len = source[last..].chars().next().map_or(0, char::len_utf8);
        start..last + last_len
    }

    /// Source offset of normalised offset `i`.
    pub fn source_offset(&self, i: usize) -> usize {
        if i >= self.text.len() {
            return self.source_len;
        }
        self.origin.get(&self.text, i)
    }
}

fn fold_char(c: char, out: &mut String) {
    // Typographic quotes and dashes read as their ASCII forms.
    let plain = match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{00B4}' => Some('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => Some('"'),
        '\u{2010}'..='\u{2015}' | '\u{2212}' => Some('-'),
        _ => None,
    };
    if let Some(p) = plain {
        out.push(p);
        return;
    }
    if is_combining_mark(c) {
        // A diacritic typed as its own character: é written as e + U+0301.
        return;
    }
    let base = c.nfkd().next().unwrap_or(c);
    if base.is_alphabetic() {
        for d in c.nfkd().flat_map(char::to_lowercase) {
            if !is_combining_mark(d) {
                out.push(d);
            }
        }
    } else if c.nfkd().any(is_combining_mark) {
        // Symbols keep their marks: ≠ must not become =.
        out.push(c);
    } else {
        out.extend(c.nfkd().flat_map(char::to_lowercase));
    }
}

/// `str::to_lowercase` with runs of ASCII lowered in bulk: the same result,
/// several times faster on Dutch text, where most bytes are ASCII.
pub fn lowercase(s: &str) -> String {
    // Σ lowers by its neighbours (final ς), which may lie across runs.
    if s.contains('Σ') {
        return s.to_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while !rest.is_empty() {
        let run = ascii_prefix(rest.as_bytes());
        let from = out.len();
        out.push_str(&rest[..run]);
        out[from..].make_ascii_lowercase();
        rest = &rest[run..];
        // Up to the next ASCII byte: the standard lowering.
        let other = rest
            .bytes()
            .position(|b| b.is_ascii())
            .unwrap_or(rest.len());
        out.push_str(&rest[..other].to_lowercase());
        rest = &rest[other..];
    }
    out
}

/// Whether [`lowercase`] of `s` keeps every character's byte length, so
/// that its offsets are those of `s` (a few letters, such as "İ", change
/// length).
pub fn lowercase_keeps_offsets(s: &str) -> bool {
    let mut rest = s;
    loop {
        rest = &rest[ascii_prefix(rest.as_bytes())..];
        let Some(c) = rest.chars().next() else {
            return true;
        };
        if c.to_lowercase().map(char::len_utf8).sum::<usize>() != c.len_utf8() {
            return false;
        }
        rest = &rest[c.len_utf8()..];
    }
}

/// How many bytes at the start of `b` are ASCII; whole blocks are checked
/// with the standard library's word-at-a-time test.
fn ascii_prefix(b: &[u8]) -> usize {
    let mut i = 0;
    while i + 64 <= b.len() && b[i..i + 64].is_ascii() {
        i += 64;
    }
    i + b[i..]
        .iter()
        .position(|c| !c.is_ascii())
        .unwrap_or(b.len() - i)
}

/// Normalise a lexicon entry or phrase the same way as the text.
pub fn fold(s: &str) -> String {
    Normalized::new(s).text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(source: &str, expect: &str) {
        assert_eq!(Normalized::new(source).text, expect, "source {source:?}");
    }

    #[test]
    fn folds_case_diacritics_and_compat_forms() {
        check("Één Café", "een cafe");
        check("ĲSselmeer", "ijsselmeer");
        check("ｋａｎｋｅｒ", "kanker");
        check("𝐤𝐚𝐧𝐤𝐞𝐫", "kanker");
        check("ﬁets", "fiets");
        check("Coöperatie", "cooperatie");
    }

    #[test]
    fn removes_invisibles_but_keeps_symbols() {
        check("kan\u{200B}ker", "kanker");
        check("zo\u{00AD}ek", "zoek");
        check("rt ≠ endorsement", "rt ≠ endorsement");
        check("don’t – “zo”", "don't - \"zo\"");
    }

    #[test]
    fn look_alikes_inside_latin_words_only() {
        check("kаnkerbeamer", "kankerbeamer"); // Cyrillic а
        check("Pаѕ op", "pas op"); // Latin P with Cyrillic а and ѕ
        check("Привет, мир", "привет, мир");
    }

    #[test]
    fn maps_back_to_source_bytes() {
        let src = "Zeg ‘Ｋán\u{200B}ker’!";
        let n = Normalized::new(src);
        let at = n.text.find("kanker").unwrap();
        let r = n.source_range(src, at..at + 6);
        assert_eq!(&src[r], "Ｋán\u{200B}ker");
    }

    /// The origin of every normalised byte, one character at a time: the
    /// plain per-byte map that the segments replace.
    fn per_byte_origin(source: &str) -> (String, Vec<usize>) {
        let mixed = mixed_script_words(source);
        let (mut text, mut origin) = (String::new(), Vec::new());
        for (at, c) in source.char_indices() {
            if c.is_ascii() {
                text.push(c.to_ascii_lowercase());
            } else if !is_invisible(c) {
                match latin_look_alike(c).filter(|_| mixed.iter().any(|r| r.contains(&at))) {
                    Some(l) => text.push(l),
                    None => fold_char(c, &mut text),
                }
            }
            origin.resize(text.len(), at);
        }
        (text, origin)
    }

    proptest::proptest! {
        #[test]
        fn segments_map_like_a_per_byte_table(
            source in "(?:[a-zA-Z0-9 .]{0,6}|[éÉëñßİĲﬁ\u{200B}\u{301}аоКΑ€😀ｋ]){0,24}"
        ) {
            let n = Normalized::new(&source);
            let (text, origin) = per_byte_origin(&source);
            proptest::prop_assert_eq!(&n.text, &text);
            for (i, &o) in origin.iter().enumerate() {
                proptest::prop_assert_eq!(n.source_offset(i), o, "byte {}", i);
            }
            proptest::prop_assert_eq!(n.source_offset(text.len()), source.len());
        }
    }

    proptest::proptest! {
        #[test]
        fn lowercase_is_to_lowercase(s in "(?:[a-zA-Z .]{0,5}|[ÉÖΣσİĲ😀КΑẞK]){0,20}") {
            proptest::prop_assert_eq!(lowercase(&s), s.to_lowercase());
            let each = s.chars().all(|c| c.to_lowercase().to_string().len() == c.len_utf8());
            proptest::prop_assert_eq!(lowercase_keeps_offsets(&s), each);
            if each {
                proptest::prop_assert_eq!(lowercase(&s).len(), s.len());
            }
        }

        #[test]
        fn long_ascii_runs_lower_as_to_lowercase(s in "(?:[a-zA-Z .]{0,140}|[ÉÖσİĲ😀КΑ]){0,6}") {
            proptest::prop_assert_eq!(lowercase(&s), s.to_lowercase());
            let ascii: usize = s.bytes().take_while(u8::is_ascii).count();
            proptest::prop_assert_eq!(ascii_prefix(s.as_bytes()), ascii);
        }
    }

    #[test]
    fn ascii_needs_one_segment() {
        let src = "Een gewone Nederlandse zin, zonder bijzondere tekens. ".repeat(1000);
        let n = Normalized::new(&src);
        assert_eq!(n.origin.segments.len(), 1);
        assert_eq!(n.source_offset(12_345), 12_345);
    }

    #[test]
    fn one_to_many_maps_to_whole_source_char() {
        let src = "ﬁ x";
        let n = Normalized::new(src);
        assert_eq!(n.text, "fi x");
        assert_eq!(&src[n.source_range(src, 0..1)], "ﬁ");
        assert_eq!(&src[n.source_range(src, 0..2)], "ﬁ");
    }
}
