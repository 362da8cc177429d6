//! Where a draft mentions the school: configured names and aliases in any
//! case, with or without spaces or hyphens ("Scala-college", "ScalaCollege"),
//! as hashtag, @-handle or web domain.
//!
//! A short alias that is also an ordinary word ("een scala aan
//! mogelijkheden") counts only when capitalised and not used as that word
//! (nor as the opera house or the programming language). Long distinctive
//! names also match with one typo ("Coenecop", "Scalacolege").

use std::ops::Range;

use crate::normalize::fold;
use crate::rules::text::{word_spans, words_after, words_before};
use postlint_scan::pattern::Lazy;

/// Aliases that are also ordinary Dutch words.
const ORDINARY_WORDS: &[&str] = &["scala"];

/// Words near "Scala" that make it the programming language.
const TECH_CONTEXT: &[&str] = &[
    "haskell",
    "java",
    "kotlin",
    "python",
    "javascript",
    "clojure",
    "rust",
    "ocaml",
    "programmeertaal",
    "programmeertalen",
    "programmeren",
    "programming",
    "language",
    "languages",
    "functioneel",
    "functional",
    "jvm",
    "spark",
    "akka",
    "sbt",
    "compiler",
];

/// Name parts that say nothing about which school: never matched with a typo.
const GENERIC: &[&str] = &[
    "college",
    "school",
    "scholen",
    "lyceum",
    "gymnasium",
    "atheneum",
    "academie",
    "campus",
    "stichting",
    "scholengemeenschap",
    "het",
    "de",
    "nl",
    "com",
    "www",
];

/// True if `a` and `b` differ by at most one insertion, deletion,
/// substitution or swap of neighbours.
fn within_one_edit(a: &[u8], b: &[u8]) -> bool {
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match (ra.len(), rb.len()) {
        (0, 0) => true,
        (x, y) if x == y => {
            ra[1..] == rb[1..] || (x >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        (x, y) if x > y => ra[1..] == *rb,
        _ => *ra == rb[1..],
    }
}

#[derive(Debug)]
pub struct SchoolMatcher {
    pattern: Option<Lazy>,
    /// Folded words matched with one typo allowed.
    fuzzy: Vec<String>,
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
        let pattern =
            (!alts.is_empty()).then(|| Lazy::new(&format!(r"[#@]?\b(?:{})\b", alts.join("|"))));
        let mut fuzzy = Vec::new();
        for term in names.iter().chain(aliases) {
            let folded = fold(term);
            let tokens: Vec<&str> = folded
                .split(|c: char| !c.is_alphanumeric())
                .filter(|t| !t.is_empty())
                .collect();
            let distinctive: Vec<&&str> = tokens.iter().filter(|t| !GENERIC.contains(*t)).collect();
            for t in &distinctive {
                if t.len() >= 7 {
                    fuzzy.push(t.to_string());
                }
            }
            let joined: String = tokens
                .iter()
                .filter(|t| !["www", "nl", "com"].contains(*t))
                .copied()
                .collect();
            if joined.len() >= 8 && !distinctive.is_empty() {
                fuzzy.push(joined);
            }
        }
        fuzzy.sort();
        fuzzy.dedup();
        SchoolMatcher { pattern, fuzzy }
    }

    /// First word of `hay` that is a distinctive name with one typo.
    fn first_fuzzy(&self, hay: &str) -> Option<Range<usize>> {
        if self.fuzzy.is_empty() {
            return None;
        }
        word_spans(hay)
            .find(|(_, w)| {
                w.len() >= 6
                    && self
                        .fuzzy
                        .iter()
                        .any(|f| within_one_edit(f.as_bytes(), w.as_bytes()))
            })
            .map(|(start, w)| start..start + w.len())
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
        let exact = self
            .pattern
            .as_ref()
            .and_then(|p| self.first_exact(p, hay, source, &to_source));
        let fuzzy = self.first_fuzzy(hay);
        match (exact, fuzzy) {
            (Some(e), Some(f)) => Some(if f.start < e.start { f } else { e }),
            (e, f) => e.or(f),
        }
    }

    fn first_exact(
        &self,
        pattern: &Lazy,
        hay: &str,
        source: &str,
        to_source: &impl Fn(Range<usize>) -> Range<usize>,
    ) -> Option<Range<usize>> {
        pattern.find_iter(hay).into_iter().find(|r| {
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
            let tech = words_before(hay, r.start, 10)
                .iter()
                .chain(&words_after(hay, r.end, 10))
                .any(|w| TECH_CONTEXT.contains(w));
            tagged || (capital && !as_word && !tech)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Normalized;
    use crate::settings::Settings;

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
    fn one_typo_in_a_distinctive_name() {
        assert_eq!(
            first("op het Coenecop vandaag").as_deref(),
            Some("Coenecop")
        );
        assert_eq!(first("bij Koenecoop").as_deref(), Some("Koenecoop"));
        assert_eq!(first("#scalacolege").as_deref(), Some("scalacolege"));
        assert_eq!(first("Het Scala Colege is mooi").as_deref(), Some("Scala"));
        assert_eq!(first("de coöperatie en de coupé"), None);
        assert_eq!(first("de collega's en het college"), None);
    }

    #[test]
    fn edits() {
        assert!(within_one_edit(b"coenecoop", b"coenecop"));
        assert!(within_one_edit(b"coenecoop", b"coenceoop"));
        assert!(within_one_edit(b"coenecoop", b"koenecoop"));
        assert!(within_one_edit(b"coenecoop", b"coenecoopp"));
        assert!(!within_one_edit(b"coenecoop", b"cooperatie"));
        assert!(!within_one_edit(b"coenecoop", b"koenekoop"));
    }

    #[test]
    fn the_ordinary_word_scala_is_not_the_school() {
        assert_eq!(first("een scala aan mogelijkheden"), None);
        assert_eq!(first("Een Scala aan mogelijkheden"), None);
        assert_eq!(first("de scala van C-groot"), None);
        assert_eq!(first("De Scala van Milaan is een operahuis"), None);
        assert_eq!(first("naar La Scala in Milaan"), None);
        assert_eq!(first("We kijken naar Haskell en Scala, en recursie."), None);
        assert_eq!(first("de coöperatie van boeren"), None);
    }
}
