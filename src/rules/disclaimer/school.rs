//! Where a draft mentions the school: configured names and aliases in any
//! case, with or without spaces or hyphens ("Scala-college", "ScalaCollege"),
//! as hashtag, @-handle or web domain.
//!
//! A short alias that is also an ordinary word ("een scala aan
//! mogelijkheden") counts only when capitalised and not used as that word.

use std::ops::Range;

use regex::Regex;

use crate::normalize::fold;
use crate::rules::{words_after, words_before};

/// Aliases that are also ordinary Dutch words.
const ORDINARY_WORDS: &[&str] = &["scala"];

#[derive(Debug)]
pub struct SchoolMatcher {
    pattern: Option<Regex>,
}

impl SchoolMatcher {
    pub fn new(names: &[String], aliases: &[String]) -> SchoolMatcher {
        let mut alts: Vec<String> = names
            .iter()
            .chain(aliases)
            .map(|term| {
                let folded = fold(term);
                let tokens: Vec<String> = folded
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|t| !t.is_empty())
                    .map(regex::escape)
                    .collect();
                tokens.join(r"[\s\-_.]*")
            })
            .filter(|p| !p.is_empty())
            .collect();
        // Longest first: the regex takes the first alternative that matches.
        alts.sort_by_key(|a| std::cmp::Reverse(a.len()));
        alts.dedup();
        let pattern = (!alts.is_empty()).then(|| {
            Regex::new(&format!(r"[#@]?\b(?:{})\b", alts.join("|"))).expect("escaped alternatives")
        });
        SchoolMatcher { pattern }
    }

    /// The first mention in `hay` (normalised text); `source` is the text it
    /// was normalised from and `to_source` maps a range back to it, so the
    /// capitalisation of ambiguous aliases can be checked.
    pub fn first(
        &self,
        hay: &str,
        source: &str,
        to_source: impl Fn(Range<usize>) -> Range<usize>,
    ) -> Option<Range<usize>> {
        let pattern = self.pattern.as_ref()?;
        pattern.find_iter(hay).map(|m| m.range()).find(|r| {
            let word = hay[r.clone()].trim_start_matches(['#', '@']);
            if !ORDINARY_WORDS.contains(&word) || hay[..r.start].ends_with(['#', '@']) {
                return true;
            }
            let tagged = hay[r.clone()].starts_with(['#', '@']);
            let capital = source[to_source(r.clone())]
                .trim_start_matches(['#', '@'])
                .starts_with(char::is_uppercase);
            let before = words_before(hay, r.start, 1);
            let after = words_after(hay, r.end, 1);
            let as_word = before.first().is_some_and(|w| {
                ["een", "brede", "breed", "hele", "gehele", "la", "teatro"].contains(w)
            }) || after.first().is_some_and(|w| ["aan", "van"].contains(w));
            tagged || (capital && !as_word)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Settings;
    use crate::normalize::Normalized;

    fn first(text: &str) -> Option<String> {
        let s = Settings::default();
        let m = SchoolMatcher::new(&s.school_names, &s.school_aliases);
        let n = Normalized::new(text);
        m.first(&n.text, text, |r| n.source_range(text, r))
            .map(|r| text[n.source_range(text, r)].to_string())
    }

    #[test]
    fn names_in_every_form() {
        assert_eq!(
            first("op het Scala College!").as_deref(),
            Some("Scala College")
        );
        assert_eq!(
            first("van het Scala-college.").as_deref(),
            Some("Scala-college")
        );
        assert_eq!(
            first("op het CoenecoopCollege").as_deref(),
            Some("CoenecoopCollege")
        );
        assert_eq!(
            first("#scalacollege sportdag").as_deref(),
            Some("#scalacollege")
        );
        assert_eq!(
            first("Lekker bezig @ScalaCollege met").as_deref(),
            Some("@ScalaCollege")
        );
        assert_eq!(
            first("scalacollege.nl staat online").as_deref(),
            Some("scalacollege.nl")
        );
        assert_eq!(
            first("mail excursies@coenecoop.nl").as_deref(),
            Some("@coenecoop.nl")
        );
        assert_eq!(
            first("collega's van het Scala. Werkdruk").as_deref(),
            Some("Scala")
        );
        assert_eq!(
            first("rooster bij Coenecoop.").as_deref(),
            Some("Coenecoop")
        );
        assert_eq!(
            first("bij het SCALA COLLEGE").as_deref(),
            Some("SCALA COLLEGE")
        );
    }

    #[test]
    fn the_ordinary_word_scala_is_not_the_school() {
        assert_eq!(first("een scala aan mogelijkheden"), None);
        assert_eq!(first("Een Scala aan mogelijkheden"), None);
        assert_eq!(first("de scala van C-groot"), None);
        assert_eq!(first("De Scala van Milaan is een operahuis"), None);
        assert_eq!(first("naar La Scala in Milaan"), None);
        assert_eq!(first("de coöperatie van boeren"), None);
    }
}
