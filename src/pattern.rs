//! Building regular expressions that start fast.
//!
//! Most patterns run on the normalised text, where Dutch words are plain
//! ASCII (case and diacritics folded). Unicode `\w`, `\s`, `\d` and `\b`
//! make every `(?:\w+\s+){0,6}` a large automaton that takes milliseconds
//! to build; their ASCII forms are equivalent on folded Dutch and cost a
//! fraction. [`ascii`] rewrites a pattern that way before compiling it.

use regex::{Regex, RegexSet};

/// `pattern` with `\w \s \d \b` (and classes using them) in their ASCII form.
pub fn asciify(pattern: &str) -> String {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '\\' if i + 1 < chars.len() => {
                let c = chars[i + 1];
                // Negated forms (\W, \S, \D) stay Unicode: in ASCII they could match
                // bytes that are not UTF-8, which a &str regex refuses.
                if matches!(c, 'w' | 's' | 'd' | 'b') {
                    out.push_str(&format!("(?-u:\\{c})"));
                } else {
                    out.push('\\');
                    out.push(c);
                }
                i += 2;
            }
            '[' => {
                // Copy the whole class; wrap it when it uses a Perl class and
                // is not negated (a negated ASCII class could match bytes
                // that are not UTF-8).
                let start = i;
                let mut j = i + 1;
                if j < chars.len() && chars[j] == '^' {
                    j += 1;
                }
                if j < chars.len() && chars[j] == ']' {
                    j += 1;
                }
                while j < chars.len() && chars[j] != ']' {
                    if chars[j] == '\\' {
                        j += 1;
                    } else if chars[j] == '[' && chars.get(j + 1) == Some(&':') {
                        while j < chars.len()
                            && !(chars[j] == ':' && chars.get(j + 1) == Some(&']'))
                        {
                            j += 1;
                        }
                        j += 1;
                    }
                    j += 1;
                }
                let class: String = chars[start..=j.min(chars.len() - 1)].iter().collect();
                let negated = chars.get(start + 1) == Some(&'^');
                let perl = ["\\w", "\\s", "\\d"].iter().any(|p| class.contains(p));
                if perl && !negated {
                    out.push_str(&format!("(?-u:{class})"));
                } else {
                    out.push_str(&class);
                }
                i = j + 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// Compile `pattern` with ASCII Perl classes; panics on a bad pattern,
/// which the tests of every module catch.
pub fn ascii(pattern: &str) -> Regex {
    Regex::new(&asciify(pattern)).unwrap_or_else(|e| panic!("pattern {pattern:?}: {e}"))
}

pub fn ascii_set<I, S>(patterns: I) -> RegexSet
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    RegexSet::new(patterns.into_iter().map(|p| asciify(p.as_ref())))
        .unwrap_or_else(|e| panic!("pattern set: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rewrites_perl_classes_outside_and_inside_classes() {
        assert_eq!(
            asciify(r"\bik\s+(?:\w+\s+){0,2}"),
            r"(?-u:\b)ik(?-u:\s)+(?:(?-u:\w)+(?-u:\s)+){0,2}"
        );
        assert_eq!(asciify(r"[\w'-]+"), r"(?-u:[\w'-])+");
        assert_eq!(asciify(r"[^.!?\n]"), r"[^.!?\n]");
        assert_eq!(asciify(r"\.\d"), r"\.(?-u:\d)");
        assert_eq!(asciify(r"[a-z]\p{L}"), r"[a-z]\p{L}");
    }

    #[test]
    fn compiled_patterns_still_match_folded_dutch() {
        let re = ascii(r"\bniet\s+(?:\w+\s+){0,3}verantwoordelijk\b");
        assert!(re.is_match("ik ben niet zelf verantwoordelijk"));
        assert!(!re.is_match("nietverantwoordelijk"));
        assert!(ascii(r"[\w'-]+ moeten").is_match("homo's moeten"));
    }
}
