//! Where a draft mentions the school: configured names and aliases in any
//! case, with or without spaces or hyphens ("Scala-college", "ScalaCollege"),
//! as hashtag, @-handle or web domain.
//!
//! A name or alias that is also a frequent Dutch word ("Scala", "Het
//! Baken": checked against a built-in frequent-words list when the
//! configuration loads) counts only as a hashtag, handle or domain, or
//! capitalised: inside a sentence, or at its start with "het" or "ons"
//! before it or school words nearby; never as the ordinary word ("een scala aan", "het baken
//! van de haven"), after another capitalised name ("Škoda Scala", "Teatro
//! alla Scala"), with "de" (the opera house) or beside programming words.
//! Long distinctive names also match with one typo ("Coenecop",
//! "Scalacolege").

use std::ops::Range;

use crate::normalize::fold;
use crate::rules::text::{word_spans, words_after, words_before};
use postlint_scan::pattern::Lazy;

/// The 50,000 most frequent Dutch words (see lexicons/wordfreq-README.md).
const FREQUENT_WORDS: &str = include_str!("../../../lexicons/wordfreq-nl-50k.txt");

/// Whether folded `word` is a frequent Dutch word.
fn is_frequent(word: &str) -> bool {
    if word.is_empty() || word.contains('\n') {
        return false;
    }
    FREQUENT_WORDS.starts_with(&format!("{word}\n"))
        || memchr::memmem::find(FREQUENT_WORDS.as_bytes(), format!("\n{word}\n").as_bytes())
            .is_some()
}

/// Articles a school name may start with.
const ARTICLES: &[&str] = &["het", "de", "t"];

/// Words near an ordinary-word alias that make it the school.
const SCHOOL_CONTEXT: &[&str] = &[
    "school",
    "scholen",
    "college",
    "leerling",
    "leerlingen",
    "docent",
    "docenten",
    "leraar",
    "leraren",
    "mentor",
    "mentoren",
    "klas",
    "klassen",
    "brugklas",
    "brugklassers",
    "collega",
    "collega's",
    "collegas",
    "rooster",
    "les",
    "lessen",
    "lesdag",
    "ouders",
    "ouderavond",
    "examen",
    "examens",
    "toets",
    "toetsweek",
    "diploma",
    "diploma's",
    "aula",
    "kantine",
    "rector",
    "directie",
    "personeel",
    "werkdag",
    "studiedag",
    "sportdag",
    "schoolweek",
    "schooljaar",
    "open",
    "team",
    "vakantie",
    "mentorklas",
    "onderbouw",
    "bovenbouw",
    "havo",
    "vwo",
    "vmbo",
    "gymnasium",
    "atheneum",
    "teacher",
    "teachers",
    "students",
    "pupils",
    "staff",
    "class",
    "colleagues",
];

/// Words before an alias that make it the ordinary word or another thing
/// of that name: "een scala aan", "de Scala" (the opera house).
const ORDINARY_BEFORE: &[&str] = &[
    "een", "brede", "breed", "hele", "gehele", "heel", "la", "alla", "della", "teatro", "de",
    "die", "dat", "dit", "deze", "zijn", "haar", "hun", "mijn", "the", "a",
];

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
    /// Names and aliases that are ordinary words, as their folded words
    /// without a leading article ("scala", "baken").
    ordinary: Vec<String>,
    /// The words that tell the configured schools apart.
    distinctive: Vec<String>,
}

/// Folded words of a name or alias.
fn tokens(term: &str) -> Vec<String> {
    fold(term)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// A name's words without a leading article and web parts, joined by a
/// space: "Het Baken" → "baken".
fn core_of(words: &[String]) -> String {
    let mut w: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|t| !["www", "nl", "com", "org", "eu"].contains(t))
        .collect();
    if w.len() > 1 && ARTICLES.contains(&w[0]) {
        w.remove(0);
    }
    w.join(" ")
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
        // A name is ordinary when every word but an article is a frequent
        // word and none is a school word ("Scala", "Het Baken"; not "Scala
        // College").
        let mut ordinary = Vec::new();
        let mut distinctive = Vec::new();
        for term in names.iter().chain(aliases) {
            let words = tokens(term);
            let core = core_of(&words);
            if core.is_empty() {
                continue;
            }
            let plain = core
                .split(' ')
                .all(|w| is_frequent(w) && !GENERIC.contains(&w));
            if plain {
                ordinary.push(core.clone());
            }
            for w in core.split(' ') {
                if !GENERIC.contains(&w) && w.len() >= 3 {
                    distinctive.push(w.to_string());
                }
            }
        }
        fuzzy.retain(|f| !is_frequent(f));
        for v in [&mut fuzzy, &mut ordinary, &mut distinctive] {
            v.sort();
            v.dedup();
        }
        SchoolMatcher {
            pattern,
            fuzzy,
            ordinary,
            distinctive,
        }
    }

    /// The words that tell the configured schools apart ("scala",
    /// "coenecoop"): a statement may deny speaking for them by name.
    pub fn distinctive_words(&self) -> Vec<String> {
        self.distinctive.clone()
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
            let matched = hay[r.clone()].trim_start_matches(['#', '@']);
            let words: Vec<String> = matched
                .split(|c: char| !c.is_alphanumeric())
                .filter(|t| !t.is_empty())
                .map(str::to_string)
                .collect();
            let core = core_of(&words);
            if !self.ordinary.contains(&core) {
                return true;
            }
            self.ordinary_is_school(hay, r.clone(), &words, source, to_source)
        })
    }

    /// Whether an ordinary-word name at `r` is the school (see the module
    /// comment).
    fn ordinary_is_school(
        &self,
        hay: &str,
        r: Range<usize>,
        words: &[String],
        source: &str,
        to_source: &impl Fn(Range<usize>) -> Range<usize>,
    ) -> bool {
        let tagged = hay[r.clone()].starts_with(['#', '@'])
            || hay[..r.start].ends_with(['#', '@', '.'])
            || hay[r.end..].starts_with(['.', '@']) && hay[r.end..].len() > 1 && {
                let next = hay.as_bytes()[r.end + 1];
                next.is_ascii_alphanumeric()
            };
        if tagged {
            return true;
        }
        // The distinctive word as written: capitalised in running text.
        let src = to_source(r.clone());
        let written = &source[src.clone()];
        let with_article = words.len() > 1 && ARTICLES.contains(&words[0].as_str());
        let core_written = if with_article {
            written
                .split_once(|c: char| !c.is_alphanumeric())
                .map_or(written, |(_, rest)| {
                    rest.trim_start_matches(|c: char| !c.is_alphanumeric())
                })
        } else {
            written
        };
        if !core_written.starts_with(char::is_uppercase) {
            return false;
        }
        let before = words_before(hay, r.start, 1);
        let after = words_after(hay, r.end, 1);
        let before_word = before.first().copied().unwrap_or("");
        if !with_article
            && (ORDINARY_BEFORE.contains(&before_word)
                || after
                    .first()
                    .is_some_and(|w| ["aan", "van", "of"].contains(w)))
        {
            return false;
        }
        // Another capitalised name just before, inside a sentence: a brand
        // or a place ("Škoda Scala").
        let src_before = &source[..src.start];
        let prev_word = src_before
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let prev_start = src_before.trim_end().len() - prev_word.len();
        let sentence_start = source[..prev_start]
            .trim_end()
            .chars()
            .next_back()
            .is_none_or(|c| ".!?:\n#>*-|(\"'".contains(c));
        if !with_article
            && prev_word.starts_with(char::is_uppercase)
            && !sentence_start
            && src_before.ends_with([' ', '\u{a0}'])
        {
            return false;
        }
        // Another capitalised name just after: "Scala Beauty".
        let next_word = source[src.end..]
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .unwrap_or("");
        let next_is_name = source[src.end..].starts_with(' ')
            && next_word.starts_with(char::is_uppercase)
            && !GENERIC.iter().any(|g| {
                let w = fold(next_word);
                *g == w || g.len() >= 5 && within_one_edit(g.as_bytes(), w.as_bytes())
            });
        if !with_article && next_is_name {
            return false;
        }
        let near: Vec<&str> = words_before(hay, r.start, 12)
            .into_iter()
            .chain(words_after(hay, r.end, 12))
            .collect();
        if near.iter().any(|w| TECH_CONTEXT.contains(w)) {
            return false;
        }
        // Capitalised inside a sentence, it is a name; at the start of one
        // it needs "het", "ons" or school words.
        let starts_sentence = src_before
            .trim_end()
            .chars()
            .next_back()
            .is_none_or(|c| ".!?:\n#>*-|(\"'".contains(c));
        with_article
            || !starts_sentence
            || ["het", "ons", "onze", "our"].contains(&before_word)
            || near.iter().any(|w| {
                SCHOOL_CONTEXT.contains(w)
                    || ["docent", "leerling", "brugklas", "school", "collega", "les"]
                        .iter()
                        .any(|stem| w.starts_with(stem))
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
        assert_eq!(first("Eindelijk de nieuwe Škoda Scala opgehaald."), None);
        assert_eq!(first("Mijn zus werkt bij Scala Beauty in Gouda."), None);
        assert_eq!(first("Teatro alla Scala staat op mijn lijst."), None);
        assert_eq!(first("Scala rules? Nope, Haskell."), None);
        assert_eq!(first("Scala. Een woord uit het Italiaans."), None);
    }

    #[test]
    fn the_ordinary_word_as_the_school() {
        assert_eq!(
            first("Fijne dag gehad bij Scala!").as_deref(),
            Some("Scala")
        );
        assert_eq!(
            first("40 jaar Scala! Feest in de aula.").as_deref(),
            Some("Scala")
        );
        assert_eq!(first("Ons Scala-team won.").as_deref(), Some("Scala"));
        assert_eq!(
            first("Scala wint de quiz voor scholen.").as_deref(),
            Some("Scala")
        );
        assert_eq!(
            first("#onderwijs #scala #mentor").as_deref(),
            Some("#scala")
        );
    }
}
