//! What a pattern's parsed forms say about the words its matches start
//! with and cannot do without: read from `regex-syntax`'s HIR (and, to cut
//! a pattern at its branches, from its AST, whose spans point into the
//! pattern as written), never by reading pattern text by hand.
//!
//! Parsing costs about as much as linting a post, so these facts are
//! worked out ahead for a caller's patterns ([`crate::shape::Known`]); a
//! pattern missing from that table is parsed when first used.

use regex_syntax::ast::{self, Ast};
use regex_syntax::hir::{Class, Hir, HirKind, Look};

use crate::shape::{class_all_space as all_space, is_space};

/// The words every match starts with (see [`crate::pattern::Starts`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartWords {
    pub words: Vec<String>,
    pub at_word_start: bool,
    pub space_after: bool,
}

/// A pattern cut at the branches of the group it opens with:
/// `head (?: b1 | b2 | … ) tail`, each branch with its start words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Branches {
    pub head: String,
    pub branches: Vec<(String, Vec<String>)>,
    pub tail: String,
    /// White space follows every branch's start words.
    pub space_after: bool,
}

/// Everything this module reads off one pattern.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Facts {
    pub starts: Option<StartWords>,
    /// Groups of words one of each a match holds, and whether white space
    /// must come right before the word.
    pub needs: Vec<(Vec<String>, bool)>,
    pub split: Option<Branches>,
}

fn parse(pattern: &str) -> Option<Hir> {
    regex_syntax::Parser::new().parse(pattern).ok()
}

/// The facts of `pattern` (as compiled); none for a pattern that does not
/// parse.
pub fn facts(pattern: &str) -> Facts {
    let Some(hir) = parse(pattern) else {
        return Facts::default();
    };
    let split = branches(pattern);
    let starts = match &split {
        // Start words as the branches have them, so that a branch is kept
        // for a text exactly when one of its words occurs.
        Some(b) => {
            let mut words: Vec<String> = b.branches.iter().flat_map(|(_, w)| w.clone()).collect();
            words.sort();
            words.dedup();
            Some(finish(words, leading_boundary(&hir), b.space_after))
        }
        None => start_words(&hir),
    };
    Facts {
        starts,
        needs: needs(&hir),
        split,
    }
}

/// Whether the pattern opens with a word boundary, before anything else.
fn leading_boundary(hir: &Hir) -> bool {
    let first = match hir.kind() {
        HirKind::Concat(xs) => xs.first(),
        _ => Some(hir),
    };
    first.is_some_and(|h| matches!(h.kind(), HirKind::Look(Look::WordAscii | Look::WordUnicode)))
}

/// The start words of `hir`, or `None` when a match may start with
/// anything else than a few words.
fn start_words(hir: &Hir) -> Option<StartWords> {
    let seq = flatten(&[hir]);
    let boundary = leading_boundary(hir);
    let mut words = Vec::new();
    let mut space_after = true;
    prefixes(&seq, &mut words, &mut space_after)?;
    Some(finish(words, boundary, space_after))
}

/// Sorted, without a word that starts with another (unless white space
/// must follow, which the shorter word then does not promise).
fn finish(mut words: Vec<String>, boundary: bool, space_after: bool) -> StartWords {
    let at_word_start = boundary
        && words
            .iter()
            .all(|w| w.bytes().next().is_some_and(is_word_byte));
    words.sort();
    words.dedup();
    let mut kept: Vec<String> = Vec::with_capacity(words.len());
    for w in words {
        if space_after || !kept.last().is_some_and(|k| w.starts_with(k.as_str())) {
            kept.push(w);
        }
    }
    StartWords {
        words: kept,
        at_word_start,
        space_after,
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// `hirs` as one sequence, concatenations and groups opened up.
fn flatten<'h>(hirs: &[&'h Hir]) -> Vec<&'h Hir> {
    let mut out = Vec::new();
    for h in hirs {
        match h.kind() {
            HirKind::Concat(xs) => out.extend(flatten(&xs.iter().collect::<Vec<_>>())),
            HirKind::Capture(c) => out.extend(flatten(&[&c.sub])),
            _ => out.push(*h),
        }
    }
    out
}

/// Pushes onto `words` the literal words a match of the sequence `seq`
/// starts with, and clears `space_after` unless white space must follow
/// each. `None` when a match may start otherwise.
fn prefixes(seq: &[&Hir], words: &mut Vec<String>, space_after: &mut bool) -> Option<()> {
    let (first, rest) = seq.split_first()?;
    match first.kind() {
        HirKind::Empty | HirKind::Look(_) => prefixes(rest, words, space_after),
        HirKind::Literal(lit) => {
            let mut word = String::from_utf8(lit.0.to_vec()).ok()?;
            let mut rest = rest;
            // `tra+p` starts with "tra": one copy of a repeated literal.
            if let Some((next, after)) = rest.split_first()
                && let HirKind::Repetition(r) = next.kind()
                && r.min >= 1
                && let HirKind::Literal(l) = r.sub.kind()
            {
                word.push_str(std::str::from_utf8(&l.0).ok()?);
                *space_after = false;
                rest = after;
            }
            *space_after &= starts_with_space(rest);
            words.push(word);
            Some(())
        }
        HirKind::Class(c) => {
            words.extend(few_chars(c)?);
            *space_after &= starts_with_space(rest);
            Some(())
        }
        HirKind::Alternation(branches) => {
            for b in branches {
                let mut seq = flatten(&[b]);
                seq.extend_from_slice(rest);
                prefixes(&seq, words, space_after)?;
            }
            Some(())
        }
        HirKind::Repetition(r) => {
            if r.min == 0 {
                return None;
            }
            let mut seq = flatten(&[&r.sub]);
            if r.max == Some(1) {
                seq.extend_from_slice(rest);
            } else {
                // Another copy or what follows: white space is not known.
                *space_after = false;
            }
            prefixes(&seq, words, space_after)
        }
        HirKind::Concat(_) | HirKind::Capture(_) => {
            let mut seq = flatten(&[first]);
            seq.extend_from_slice(rest);
            prefixes(&seq, words, space_after)
        }
    }
}

/// Whether every match of the sequence starts with ASCII white space.
fn starts_with_space(seq: &[&Hir]) -> bool {
    let Some((first, rest)) = seq.split_first() else {
        return false;
    };
    match first.kind() {
        HirKind::Empty | HirKind::Look(_) => starts_with_space(rest),
        HirKind::Literal(lit) => lit.0.first().is_some_and(|&b| is_space(b)),
        HirKind::Class(c) => all_space(c),
        HirKind::Repetition(r) => r.min >= 1 && starts_with_space(&flatten(&[&r.sub])),
        HirKind::Alternation(bs) => bs.iter().all(|b| {
            let mut seq = flatten(&[b]);
            seq.extend_from_slice(rest);
            starts_with_space(&seq)
        }),
        HirKind::Concat(_) | HirKind::Capture(_) => {
            let mut seq = flatten(&[first]);
            seq.extend_from_slice(rest);
            starts_with_space(&seq)
        }
    }
}

/// The characters of a class of a few ASCII letters and digits (`[1-6]`,
/// `[ab]`), as words; not one that case folding made (`[Ss]`), where the
/// words would say little.
fn few_chars(c: &Class) -> Option<Vec<String>> {
    const FEW: usize = 8;
    let mut chars = Vec::new();
    let mut push = |ch: char| {
        if chars.len() == FEW || !ch.is_ascii_alphanumeric() {
            return false;
        }
        chars.push(ch);
        true
    };
    match c {
        Class::Unicode(u) => {
            for r in u.ranges() {
                for ch in r.start()..=r.end() {
                    if !push(ch) {
                        return None;
                    }
                }
            }
        }
        Class::Bytes(b) => {
            for r in b.ranges() {
                for byte in r.start()..=r.end() {
                    if !push(byte as char) {
                        return None;
                    }
                }
            }
        }
    }
    let folded = chars
        .iter()
        .any(|c| c.is_ascii_uppercase() && chars.contains(&c.to_ascii_lowercase()));
    (!folded).then(|| chars.into_iter().map(String::from).collect())
}

/// Groups of words a match cannot do without: each item of the pattern's
/// top level that is not optional and starts with words of two or more
/// letters gives its start words, which must follow white space when a
/// required run of it comes right before.
fn needs(hir: &Hir) -> Vec<(Vec<String>, bool)> {
    let HirKind::Concat(items) = hir.kind() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut after_space = false;
    for item in items {
        let space_before = after_space;
        after_space = matches!(item.kind(), HirKind::Repetition(r) if r.min >= 1)
            && starts_with_space(&[item])
            || matches!(item.kind(), HirKind::Class(c) if all_space(c));
        let mut words = Vec::new();
        let mut ignored = false;
        if prefixes(&[item], &mut words, &mut ignored).is_some()
            && words.iter().all(|w| w.len() >= 2)
        {
            words.sort();
            words.dedup();
            out.push((words, space_before));
        }
    }
    out
}

/// The pattern cut at the branches of the group it opens with (after
/// flags and word boundaries), when that group is not repeated or
/// optional and every branch has start words.
pub fn branches(pattern: &str) -> Option<Branches> {
    let ast = ast::parse::Parser::new().parse(pattern).ok()?;
    let Ast::Concat(concat) = &ast else {
        return None;
    };
    let group = concat.asts.iter().find(|a| !opens(a))?;
    let Ast::Group(g) = group else {
        return None;
    };
    let Ast::Alternation(alt) = &*g.ast else {
        return None;
    };
    // Comments and spacing of a verbose pattern lie outside the branches'
    // spans: the head and tail keep theirs, and the branches need none.
    let inner = alt.span;
    let head = pattern[..inner.start.offset].to_string();
    let tail = pattern[inner.end.offset..].to_string();
    let mut out = Vec::new();
    let mut space_after = true;
    for b in &alt.asts {
        let span = b.span();
        let text = pattern[span.start.offset..span.end.offset].to_string();
        let s = start_words(&parse(&format!("{head}{text}{tail}"))?)?;
        space_after &= s.space_after;
        out.push((text, s.words));
    }
    Some(Branches {
        head,
        branches: out,
        tail,
        space_after,
    })
}

/// Whether an item of a pattern's top level comes before its opening
/// group without matching text: flags and word boundaries.
fn opens(a: &Ast) -> bool {
    match a {
        Ast::Flags(_) | Ast::Assertion(_) | Ast::Empty(_) => true,
        Ast::Group(g) => matches!(g.kind, ast::GroupKind::NonCapturing(_)) && opens(&g.ast),
        _ => false,
    }
}

impl Branches {
    /// The pattern with the `kept` branches only, in their order.
    pub fn source(&self, kept: &[usize]) -> String {
        let mut out = self.head.clone();
        for (n, &i) in kept.iter().enumerate() {
            if n > 0 {
                out.push('|');
            }
            out.push_str(&self.branches[i].0);
        }
        out.push_str(&self.tail);
        out
    }
}
