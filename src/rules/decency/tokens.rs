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

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Range in the normalised text.
    pub range: Range<usize>,
    /// The word as written (normalised), spaced letters joined.
    pub text: String,
    pub spaced: bool,
}

/// The words of `hay`, plus one joined word for every run of three or more
/// single letters split by the same separator ("k a n k e r", "k.a.n.k.e.r").
pub fn tokens(hay: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let push = |s: usize, e: usize, out: &mut Vec<Token>| {
        let word = &hay[s..e];
        let lead = word.len() - word.trim_start_matches(is_edge_punct).len();
        let trail = word.len() - word.trim_end_matches(is_edge_punct).len();
        if lead + trail < word.len() {
            let r = s + lead..e - trail;
            out.push(Token {
                text: hay[r.clone()].to_string(),
                range: r,
                spaced: false,
            });
        }
    };
    for (at, c) in hay.char_indices() {
        if is_token_char(c) {
            start.get_or_insert(at);
        } else if let Some(s) = start.take() {
            push(s, at, &mut out);
        }
    }
    if let Some(s) = start {
        push(s, hay.len(), &mut out);
    }
    let spaced = spaced_words(hay, &out);
    out.extend(spaced);
    out
}

fn spaced_words(hay: &str, words: &[Token]) -> Vec<Token> {
    let single = |t: &Token| t.text.chars().count() == 1 && t.text.chars().all(char::is_alphabetic);
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !single(&words[i]) {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut sep: Option<&str> = None;
        while j + 1 < words.len() && single(&words[j + 1]) {
            let gap = &hay[words[j].range.end..words[j + 1].range.start];
            if gap.chars().count() != 1 || sep.is_some_and(|s| s != gap) {
                break;
            }
            sep = Some(gap);
            j += 1;
        }
        if j - i + 1 >= 3 {
            let text: String = words[i..=j].iter().map(|t| t.text.as_str()).collect();
            out.push(Token {
                range: words[i].range.start..words[j].range.end,
                text,
                spaced: true,
            });
        }
        i = j + 1;
    }
    out
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

    #[test]
    fn words_and_edges() {
        let t = tokens("Kut! wat een k@nker-zooi, @juf en sh*t.");
        let words: Vec<&str> = t.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(
            words,
            ["Kut", "wat", "een", "k@nker", "zooi", "juf", "en", "sh*t"]
        );
    }

    #[test]
    fn spaced_letters_are_joined_with_one_separator() {
        let t = tokens("k a n k e r koud en k.a.n.k.e.r");
        let spaced: Vec<&str> = t
            .iter()
            .filter(|t| t.spaced)
            .map(|t| t.text.as_str())
            .collect();
        assert_eq!(spaced, ["kanker", "kanker"]);
        assert!(
            tokens("a b, c").iter().all(|t| !t.spaced),
            "mixed separators"
        );
        assert!(
            tokens("k a koud").iter().all(|t| !t.spaced),
            "two letters are not a word"
        );
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
