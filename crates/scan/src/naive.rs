//! The reference every regime is held to: a pattern searched with `regex`
//! over the whole text, words found by comparing at every offset. Slow and
//! plain on purpose; only tests use it (`testing` feature).

use std::ops::Range;

/// Every match of `pattern` (as [`crate::pattern::Lazy`] reads it: ASCII
/// classes) in the whole of `hay`, leftmost-first, as `find_iter` gives them.
pub fn find_iter(pattern: &str, hay: &str) -> Vec<Range<usize>> {
    crate::pattern::ascii(pattern)
        .find_iter(hay)
        .map(|m| m.range())
        .collect()
}

/// Every occurrence of every word of `words` in `hay`, overlapping ones
/// too, as (range, index), ordered by end and, ending at one byte, longest
/// first.
pub fn occurrences<S: AsRef<str>>(words: &[S], hay: &[u8]) -> Vec<(Range<usize>, u32)> {
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let w = w.as_ref().as_bytes();
        if w.is_empty() || w.len() > hay.len() {
            continue;
        }
        for at in 0..=hay.len() - w.len() {
            if &hay[at..at + w.len()] == w {
                out.push((at..at + w.len(), i as u32));
            }
        }
    }
    out.sort_by_key(|(r, i)| (r.end, std::cmp::Reverse(r.len()), *i));
    out
}

/// Differential tests: each regime of the engine against the naive search,
/// on texts of words the patterns are made of, with the regime sizes at
/// their defaults and lowered so that short texts go every long-text way.
#[cfg(test)]
mod tests {
    use super::*;
    use crate::gate::LongUnion;
    use crate::limits::{self, Limits};
    use crate::pattern::Lazy;
    use crate::scope::Scope;
    use crate::sparse::Sparse;
    use crate::words::{SharedWords, WordStarts};
    use proptest::prelude::*;

    /// Patterns of the kinds rules write: start words, alternations, word
    /// boundaries, optional groups, digits, a case-insensitive one.
    const PATTERNS: &[&str] = &[
        r"\b(?:sla|trap|schop)\s+(?:je|jou|hem)\b",
        r"\bik\s+(?:maak|sla)\s+je\s+(?:af|dood)\b",
        r"(?i)\bfoto'?s?\s+van\s+(?:de|klas)\b",
        r"\b\d{4}\s?[a-z]{2}\b",
        r"\b(?:stuur|app)\s+me\s+(?:een\s+)?(?:dm|pb|privébericht)\b",
        r"\bje\b",
        r"\b(?:met|na)\s+(?:[\w']+\s+){0,2}?toestemming\b",
        r"\b(?:[a-z]*kanker\w*|ik\s+sla\s+je)\b",
    ];

    const WORDS: &[&str] = &[
        "sla",
        "trap",
        "schop",
        "je",
        "jou",
        "hem",
        "ik",
        "maak",
        "af",
        "dood",
        "foto",
        "Foto's",
        "FOTO",
        "van",
        "de",
        "klas",
        "1234",
        "12",
        "ab",
        "stuur",
        "app",
        "me",
        "een",
        "dm",
        "pb",
        "privébericht",
        "zin",
        "é",
        "x",
        "met",
        "na",
        "toestemming",
        "kanker",
        "kankerlijer",
        "dekanker",
    ];

    /// Mostly one space, so that phrases form; sometimes none, several,
    /// line breaks or punctuation.
    const SEPARATORS: &[&str] = &[
        " ", " ", " ", " ", " ", "  ", "\n", "\n\n", ", ", ". ", "", "'",
    ];

    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            (
                proptest::sample::select(WORDS),
                proptest::sample::select(SEPARATORS),
            ),
            0..300,
        )
        .prop_map(|w| w.into_iter().flat_map(|(a, b)| [a, b]).collect())
    }

    const LIMITS: [Limits; 5] = limits::TEST_REGIMES;

    fn lazies() -> &'static [Lazy] {
        static L: std::sync::LazyLock<Vec<Lazy>> =
            std::sync::LazyLock::new(|| PATTERNS.iter().map(|p| Lazy::new(p)).collect());
        &L
    }

    fn sparse(i: usize) -> &'static Sparse {
        static S: std::sync::LazyLock<Vec<Sparse>> =
            std::sync::LazyLock::new(|| PATTERNS.iter().map(|p| Sparse::new(p)).collect());
        &S[i]
    }

    static UNION: LongUnion = LongUnion::new(|| PATTERNS.iter().map(|p| p.to_string()).collect());

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Patterns, sparse patterns and the union's scope find what `regex` finds
        /// on the whole text, in every regime.
        #[test]
        fn patterns_find_what_regex_finds(text in text()) {
            for lim in LIMITS {
                limits::with(lim, || -> Result<(), TestCaseError> {
                    let windows = UNION.windows(&text);
                    let scope = Scope::of(&text, windows.as_deref());
                    for (i, (p, lazy)) in PATTERNS.iter().zip(lazies()).enumerate() {
                        let want = find_iter(p, &text);
                        prop_assert_eq!(&lazy.find_iter(&text), &want, "{} {:?}", p, lim);
                        prop_assert_eq!(lazy.find(&text), want.first().cloned(), "{} {:?}", p, lim);
                        prop_assert_eq!(lazy.is_match(&text), !want.is_empty(), "{} {:?}", p, lim);
                        prop_assert_eq!(&sparse(i).find_iter(&text), &want, "sparse {} {:?}", p, lim);
                        prop_assert_eq!(&scope.find_iter(lazy), &want, "union {} {:?}", p, lim);
                        prop_assert_eq!(scope.is_match(lazy), !want.is_empty(), "union {} {:?}", p, lim);
                    }
                    Ok(())
                })?;
            }
        }

        /// The shared word pass gives each list what a naive search of it
        /// finds; word starts are where the naive search finds words start.
        #[test]
        fn words_are_found_where_they_are(text in text()) {
            let lists = || vec![
                vec!["sla".to_string(), "je".to_string(), "foto".to_string()],
                vec!["van".to_string(), "an".to_string(), "1234".to_string()],
            ];
            let shared = SharedWords::new(lists);
            let starts = WordStarts::new();
            let forms = ["sla", "je", "foto", "an", "klas"];
            for lim in LIMITS {
                limits::with(lim, || -> Result<(), TestCaseError> {
                    if let Some(hits) = shared.scan(text.as_bytes()) {
                        for (list, got) in lists().iter().zip(&hits) {
                            prop_assert_eq!(got, &occurrences(list, text.as_bytes()));
                        }
                    }
                    let all: Vec<usize> = {
                        let mut s: Vec<usize> = occurrences(&forms, text.as_bytes())
                            .into_iter()
                            .map(|(r, _)| r.start)
                            .collect();
                        s.sort_unstable();
                        s.dedup();
                        s
                    };
                    // Every start found is a start of a word, and every
                    // word that starts where no other one overlaps it is
                    // found (a post's search takes the leftmost of
                    // overlapping ones).
                    if let Some(found) = starts.starts(&text, || forms.to_vec()) {
                        prop_assert!(found.iter().all(|s| all.contains(s)));
                        let alone = occurrences(&forms, text.as_bytes());
                        for (r, _) in &alone {
                            let overlapped = alone.iter().any(|(o, _)| o != r && o.start < r.end && r.start < o.end);
                            prop_assert!(overlapped || found.contains(&r.start), "{:?} {:?}", r, lim);
                        }
                    }
                    Ok(())
                })?;
            }
        }
    }

    #[test]
    fn naive_searches() {
        assert_eq!(find_iter(r"\bje\b", "je jij je"), [0..2, 7..9]);
        assert_eq!(
            occurrences(&["kanker", "er", "ker"], b"kanker"),
            [(0..6, 0), (3..6, 2), (4..6, 1)]
        );
    }
}
