//! A text too long to copy whole, read a piece at a time.
//!
//! Checks that need a changed copy of the text (lower case, with offsets
//! kept) read it piece by piece, so the copy never exists whole. Each piece
//! has a *core*; the cores cut the text in order, at blank lines where they
//! can. A check reads more than its core: `reach` bytes each side, ending
//! at white space, so that a word or a match read there is one of the whole
//! text too. A finding whose start is in a core belongs to that piece.
//! When every finding depends only on text within `reach` of it, the pieces
//! together find exactly what one reading of the whole text finds.
//!
//! A text up to [`crate::limits::Limits::piece`] bytes is one piece.

use std::ops::Range;

use crate::limits;

/// Where one piece is read and which findings it owns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// What is read: the core and up to `reach` bytes each side.
    pub read: Range<usize>,
    /// Findings starting here are this piece's.
    pub core: Range<usize>,
}

impl Piece {
    /// Whether a finding starting at `at` (an offset in the text) is this
    /// piece's.
    pub fn owns(&self, at: usize) -> bool {
        self.core.contains(&at) || (self.core.is_empty() && at == self.core.start)
    }
}

/// `text` in pieces whose cores are about the engine's piece size, each
/// read with `reach` bytes either side.
pub fn pieces(text: &str, reach: usize) -> Vec<Piece> {
    cut(text, limits::current().piece.max(1), reach)
}

fn cut(text: &str, size: usize, reach: usize) -> Vec<Piece> {
    let mut cores = Vec::new();
    let mut start = 0;
    while text.len() - start > size {
        let mut cut = start + size;
        while !text.is_char_boundary(cut) {
            cut += 1;
        }
        let piece = &text[start..cut];
        let end = piece
            .rfind("\n\n")
            .map(|i| start + i + 2)
            .or_else(|| piece.rfind('\n').map(|i| start + i + 1))
            .filter(|&e| e > start)
            .unwrap_or(cut);
        cores.push(start..end);
        start = end;
    }
    if start < text.len() || cores.is_empty() {
        cores.push(start..text.len());
    }
    if cores.len() == 1 {
        return vec![Piece {
            read: 0..text.len(),
            core: 0..text.len(),
        }];
    }
    cores
        .into_iter()
        .map(|core| Piece {
            read: read_from(text, core.start, reach)..read_to(text, core.end, reach),
            core,
        })
        .collect()
}

/// Where reading starts for a core at `at`: `reach` bytes before it, just
/// after white space (else where a character starts).
fn read_from(text: &str, at: usize, reach: usize) -> usize {
    let mut from = at.saturating_sub(reach);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    if from == 0 {
        return 0;
    }
    match text.as_bytes()[from..at]
        .iter()
        .position(u8::is_ascii_whitespace)
    {
        Some(i) => from + i + 1,
        None => from,
    }
}

/// Where reading ends for a core ending at `at`: `reach` bytes after it,
/// at white space (else where a character ends).
fn read_to(text: &str, at: usize, reach: usize) -> usize {
    let mut to = (at + reach).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    if to == text.len() {
        return to;
    }
    match text.as_bytes()[at..to]
        .iter()
        .rposition(u8::is_ascii_whitespace)
    {
        Some(i) => at + i,
        None => to,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_text_is_one_piece() {
        assert_eq!(
            cut("kort", 100, 10),
            vec![Piece {
                read: 0..4,
                core: 0..4
            }]
        );
        assert_eq!(cut("", 1, 10).len(), 1);
    }

    #[test]
    fn cores_cut_the_text_at_blank_lines() {
        let text = "een zin.\n\ntwee\ndrie vier\n".repeat(100);
        let p = cut(&text, 100, 30);
        assert!(p.len() > 1);
        assert_eq!(p.first().unwrap().core.start, 0);
        assert_eq!(p.last().unwrap().core.end, text.len());
        for w in p.windows(2) {
            assert_eq!(w[0].core.end, w[1].core.start);
            assert!(
                text[..w[0].core.end].ends_with("\n\n"),
                "cut after a blank line"
            );
        }
    }

    #[test]
    fn reads_reach_past_the_core_and_end_at_white_space() {
        let text = "woord ".repeat(500);
        for p in cut(&text, 100, 40) {
            assert!(p.read.start <= p.core.start && p.core.end <= p.read.end);
            assert!(p.core.start - p.read.start <= 40 && p.read.end - p.core.end <= 40);
            assert!(p.read.start == 0 || text[..p.read.start].ends_with(' '));
            assert!(p.read.end == text.len() || text[p.read.end..].starts_with(' '));
            if p.core.start > 0 {
                assert!(p.core.start - p.read.start > 30, "{p:?}");
            }
        }
    }

    #[test]
    fn pieces_start_and_end_on_characters() {
        let unbroken = "é".repeat(300);
        for size in [1, 7, 101] {
            let p = cut(&unbroken, size, 5);
            assert!(p.len() > 1);
            for piece in &p {
                for at in [
                    piece.read.start,
                    piece.read.end,
                    piece.core.start,
                    piece.core.end,
                ] {
                    assert!(unbroken.is_char_boundary(at));
                }
                assert!(!piece.core.is_empty());
            }
        }
    }

    #[test]
    fn every_offset_has_one_owner() {
        let text = "a b\n\nc d e\nf ".repeat(40);
        let p = cut(&text, 13, 8);
        for at in 0..text.len() {
            assert_eq!(p.iter().filter(|x| x.owns(at)).count(), 1, "{at}");
        }
    }
}
