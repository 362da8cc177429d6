//! Word and phrase lists in `lexicons/`: one entry a line, reviewed like
//! code and compiled into the binary. The formats are described at the top
//! of each file.

use crate::catalog::Severity;

/// How a word entry matches a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The whole word.
    Word,
    /// The whole word, or the first part of a compound.
    Prefix,
    /// Anywhere inside a word.
    Substring,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tag {
    /// Also an illness: quiet right after a medical cue.
    Disease,
    /// Quiet when one of these words is near.
    NotNear(Vec<String>),
    /// Quiet when it looks like a first name before a surname.
    NotName,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub lemma: String,
    /// The lemma first, then the other forms.
    pub forms: Vec<String>,
    pub lang: String,
    pub category: String,
    pub severity: Severity,
    pub mode: Mode,
    pub tags: Vec<Tag>,
    pub source: String,
    pub note: String,
    /// 1-based line in its file.
    pub line: usize,
}

fn columns<'a>(
    name: &str,
    n: usize,
    line: &'a str,
    want: usize,
    shape: &str,
) -> Result<Vec<&'a str>, String> {
    let cols: Vec<&str> = split_columns(line).map(str::trim).collect();
    if cols.len() != want || cols.iter().any(|c| c.is_empty()) {
        return Err(format!("{name}:{n}: expected `{shape}`"));
    }
    Ok(cols)
}

/// `line.split(" | ")`, found from the bars: the lexicons are read at every
/// start, and the general substring search costs more than the lines.
fn split_columns(line: &str) -> impl Iterator<Item = &str> {
    let b = line.as_bytes();
    let mut from = 0;
    let mut bars = memchr::memchr_iter(b'|', b);
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        for i in bars.by_ref() {
            // " | " around this bar, not overlapping the last one.
            if i > from && b[i - 1] == b' ' && b.get(i + 1) == Some(&b' ') {
                let column = &line[from..i - 1];
                from = i + 2;
                return Some(column);
            }
        }
        done = true;
        Some(&line[from..])
    })
}

fn severity(name: &str, n: usize, s: &str) -> Result<Severity, String> {
    match s {
        "error" => Ok(Severity::Error),
        "warning" => Ok(Severity::Warning),
        other => Err(format!("{name}:{n}: unknown severity `{other}`")),
    }
}

fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
}

/// Parse a word lexicon (`decency-nl.txt`, `decency-en.txt`).
pub fn parse_words(name: &str, text: &str) -> Result<Vec<Entry>, String> {
    const SHAPE: &str = "lemma | forms | lang | category | severity | mode | tags | source | note";
    let mut out = Vec::new();
    for (n, line) in lines(text) {
        let c = columns(name, n, line, 9, SHAPE)?;
        let mut forms = vec![c[0].to_string()];
        forms.extend(
            c[1].split(',')
                .map(str::trim)
                .filter(|f| !f.is_empty() && *f != "-")
                .map(String::from),
        );
        let mode = match c[5] {
            "word" => Mode::Word,
            "prefix" => Mode::Prefix,
            "substring" => Mode::Substring,
            other => return Err(format!("{name}:{n}: unknown mode `{other}`")),
        };
        let mut tags = Vec::new();
        for tag in c[6]
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty() && *t != "-")
        {
            tags.push(match tag {
                "disease" => Tag::Disease,
                "not-name" => Tag::NotName,
                t if t.starts_with("not-near=") => Tag::NotNear(
                    t["not-near=".len()..]
                        .split('/')
                        .map(String::from)
                        .collect(),
                ),
                other => return Err(format!("{name}:{n}: unknown tag `{other}`")),
            });
        }
        if !["nl", "en"].contains(&c[2]) {
            return Err(format!("{name}:{n}: unknown language `{}`", c[2]));
        }
        out.push(Entry {
            lemma: c[0].to_string(),
            forms,
            lang: c[2].to_string(),
            category: c[3].to_string(),
            severity: severity(name, n, c[4])?,
            mode,
            tags,
            source: c[7].to_string(),
            note: c[8].to_string(),
            line: n,
        });
    }
    Ok(out)
}

/// Heads after which a prefix word is an ordinary compound.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AllowedHeads {
    pub prefix: String,
    /// Exact heads, and heads that start with an entry ending in `*`.
    pub heads: Vec<String>,
}

impl AllowedHeads {
    pub fn allows(&self, head: &str) -> bool {
        self.heads.iter().any(|h| match h.strip_suffix('*') {
            Some(start) => head.starts_with(start),
            None => head == h,
        })
    }
}

/// Parse `decency-compounds.txt`.
pub fn parse_compounds(name: &str, text: &str) -> Result<Vec<AllowedHeads>, String> {
    let mut out = Vec::new();
    for (n, line) in lines(text) {
        let c = columns(name, n, line, 3, "prefix | heads | note")?;
        let heads = c[1]
            .split(',')
            .map(str::trim)
            .filter(|h| !h.is_empty() && *h != "-")
            .map(String::from)
            .collect();
        out.push(AllowedHeads {
            prefix: c[0].to_string(),
            heads,
        });
    }
    Ok(out)
}

/// A phrase rule of `decency-phrases.txt`, with definitions expanded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    pub category: String,
    pub severity: Severity,
    /// The regular expression, ready to compile.
    pub pattern: String,
    pub note: String,
    pub line: usize,
    /// The pattern itself holds a negation: a negator inside a match does
    /// not deny it.
    pub own_negation: bool,
}

/// Parse `decency-phrases.txt`: `@name = …` definitions, then
/// `category | severity | pattern | note` rows using `{name}`.
pub fn parse_phrases(name: &str, text: &str) -> Result<Vec<Phrase>, String> {
    let mut defs: Vec<(String, String)> = Vec::new();
    let mut out = Vec::new();
    for (n, line) in lines(text) {
        if let Some(def) = line.strip_prefix('@') {
            let (k, v) = def
                .split_once(" = ")
                .ok_or_else(|| format!("{name}:{n}: expected `@name = pattern`"))?;
            defs.push((format!("{{{}}}", k.trim()), v.trim().to_string()));
            continue;
        }
        let c = columns(name, n, line, 4, "category | severity | pattern | note")?;
        let mut pattern = c[2].to_string();
        for (k, v) in &defs {
            pattern = pattern.replace(k.as_str(), v);
        }
        if pattern.split('{').skip(1).any(|rest| {
            let inner: String = rest.chars().take_while(|&ch| ch != '}').collect();
            !inner.is_empty() && inner.chars().all(|ch| ch.is_ascii_lowercase() || ch == '_')
        }) {
            return Err(format!("{name}:{n}: undefined name in `{}`", c[2]));
        }
        let own_negation = c[2]
            .split(|ch: char| !ch.is_alphanumeric() && ch != '\'')
            .any(|w| {
                matches!(
                    w,
                    "niet" | "geen" | "not" | "don't" | "dont" | "aren't" | "nooit"
                )
            });
        // A space stands for any run of white space, ` ?` for an optional one.
        let pattern = pattern.replace(" ?", r"\s*").replace(' ', r"\s+");
        out.push(Phrase {
            category: c[0].to_string(),
            severity: severity(name, n, c[1])?,
            pattern,
            note: c[3].to_string(),
            line: n,
            own_negation,
        });
    }
    Ok(out)
}

/// The embedded lexicons, by file name.
pub const DECENCY_NL: (&str, &str) = ("decency-nl.txt", include_str!("../lexicons/decency-nl.txt"));
pub const DECENCY_EN: (&str, &str) = ("decency-en.txt", include_str!("../lexicons/decency-en.txt"));
pub const DECENCY_COMPOUNDS: (&str, &str) = (
    "decency-compounds.txt",
    include_str!("../lexicons/decency-compounds.txt"),
);
pub const DECENCY_PHRASES: (&str, &str) = (
    "decency-phrases.txt",
    include_str!("../lexicons/decency-phrases.txt"),
);

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn columns_split_as_str_split_does(line in "[a| ]{0,20}") {
            let ours: Vec<&str> = split_columns(&line).collect();
            let std: Vec<&str> = line.split(" | ").collect();
            proptest::prop_assert_eq!(ours, std);
        }
    }

    #[test]
    fn parses_word_entries() {
        let e = parse_words(
            "t",
            "# kop\n\nkanker | - | nl | profanity | error | prefix | disease | postlint | ziekte als vloek\n\
             mongool | mongolen | nl | discrimination | error | word | not-near=mongolie/steppe | postlint | x\n",
        )
        .unwrap();
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].mode, Mode::Prefix);
        assert_eq!(e[0].tags, [Tag::Disease]);
        assert_eq!(e[1].forms, ["mongool", "mongolen"]);
        assert_eq!(
            e[1].tags,
            [Tag::NotNear(vec!["mongolie".into(), "steppe".into()])]
        );
        assert_eq!(e[1].line, 4);
    }

    #[test]
    fn reports_bad_lines() {
        assert!(
            parse_words("t", "kanker | profanity")
                .unwrap_err()
                .contains("t:1")
        );
        let bad = "kanker | - | nl | profanity | loud | word | - | postlint | x";
        assert!(parse_words("t", bad).unwrap_err().contains("loud"));
        let bad = "kanker | - | nl | profanity | error | fuzzy | - | postlint | x";
        assert!(parse_words("t", bad).unwrap_err().contains("fuzzy"));
        assert!(
            parse_phrases("t", "threat | error | {nobody} | x")
                .unwrap_err()
                .contains("undefined")
        );
    }

    #[test]
    fn phrases_expand_definitions_and_spaces() {
        let p = parse_phrases(
            "t",
            "@them = (?:hem|haar)\nthreat | error | ik sla {them} ?neer | x\n",
        )
        .unwrap();
        assert_eq!(p[0].pattern, r"ik\s+sla\s+(?:hem|haar)\s*neer");
    }

    #[test]
    fn allowed_heads_with_wildcards() {
        let c = parse_compounds("t", "kanker | onderzoek*, dag | medisch\n").unwrap();
        assert!(c[0].allows("onderzoeker"));
        assert!(c[0].allows("dag"));
        assert!(!c[0].allows("dagje"));
    }

    #[test]
    fn embedded_lexicons_are_valid() {
        for (name, text) in [DECENCY_NL, DECENCY_EN] {
            let entries = parse_words(name, text).unwrap();
            let lang = &name[8..10];
            let mut seen = std::collections::HashSet::new();
            for e in &entries {
                assert_eq!(&e.lang, lang, "{name}:{}", e.line);
                assert!(
                    crate::rules::rule(&format!("decency/{}", e.category)).is_some(),
                    "{name}:{}",
                    e.line
                );
                for f in &e.forms {
                    assert_eq!(
                        crate::normalize::fold(f),
                        *f,
                        "{name}:{}: write forms folded",
                        e.line
                    );
                    assert!(
                        seen.insert(f.clone()),
                        "{name}:{}: duplicate form `{f}`",
                        e.line
                    );
                }
            }
        }
        parse_compounds(DECENCY_COMPOUNDS.0, DECENCY_COMPOUNDS.1).unwrap();
        for p in parse_phrases(DECENCY_PHRASES.0, DECENCY_PHRASES.1).unwrap() {
            regex::Regex::new(&p.pattern).unwrap_or_else(|e| panic!("line {}: {e}", p.line));
            assert!(
                crate::rules::rule(&format!("decency/{}", p.category)).is_some(),
                "line {}",
                p.line
            );
        }
    }
}
