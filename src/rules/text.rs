//! Word helpers every family uses: words, their neighbours, sentences.

use std::ops::Range;

/// Letters and digits make words; everything else separates them.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether `r` in `text` starts and ends at word boundaries.
pub fn is_whole_word(text: &str, r: &Range<usize>) -> bool {
    let before = text[..r.start].chars().next_back();
    let after = text[r.end..].chars().next();
    !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
}

/// Runs of letters and digits in `text` with their byte offsets.
pub fn word_spans(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !is_word_char(c))
        .scan(0usize, move |at, word| {
            let start = *at;
            *at += word.len()
                + text[start + word.len()..]
                    .chars()
                    .next()
                    .map_or(0, char::len_utf8);
            Some((start, word))
        })
        .filter(|(_, w)| !w.is_empty())
}

/// Up to `n` words before byte `at`, nearest last.
pub fn words_before(text: &str, at: usize, n: usize) -> Vec<&str> {
    let mut words: Vec<&str> = text[..at]
        .rsplit(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .take(n)
        .collect();
    words.reverse();
    words
}

/// Up to `n` words after byte `at`, nearest first.
pub fn words_after(text: &str, at: usize, n: usize) -> Vec<&str> {
    text[at..]
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .take(n)
        .collect()
}

/// The sentence of `text` around byte `at`, by Unicode sentence boundaries
/// found within a few hundred bytes each side of it, so that a 100 MB text
/// costs no more per question than a short one.
pub fn sentence_at(text: &str, at: usize) -> Range<usize> {
    let bytes = text.as_bytes();
    // A line feed always ends a sentence (UAX #29, SB4), so only the line
    // around `at` needs segmenting: in prose of one sentence a line that is
    // a tenth of the 600 bytes each side.
    let mut floor = at.saturating_sub(600);
    while !text.is_char_boundary(floor) {
        floor -= 1;
    }
    let lo = memchr::memrchr(b'\n', &bytes[floor..at]).map_or(floor, |i| floor + i + 1);
    let mut ceil = (at + 600).min(text.len());
    while !text.is_char_boundary(ceil) {
        ceil += 1;
    }
    let hi = memchr::memchr(b'\n', &bytes[at..ceil]).map_or(ceil, |i| at + i + 1);
    if one_ascii_sentence(&bytes[lo..hi], at - lo) {
        return lo..hi;
    }
    use unicode_segmentation::UnicodeSegmentation;
    text[lo..hi]
        .split_sentence_bound_indices()
        .map(|(i, s)| lo + i..lo + i + s.len())
        .find(|r| r.start <= at && at < r.end)
        .unwrap_or(lo..hi)
}

/// Whether ASCII `line` is one sentence by UAX #29 whatever holds byte
/// `at`: no sentence end before `at`, and from the first one on only
/// `.!?`, closing quotes, spaces and a line break. Most lines of prose are;
/// the others are segmented in full.
fn one_ascii_sentence(line: &[u8], at: usize) -> bool {
    const END: &[u8] = b".!?\r\n";
    if !line.is_ascii() || line[..at].iter().any(|b| END.contains(b)) {
        return false;
    }
    let Some(t) = line[at..].iter().position(|b| END.contains(b)) else {
        return true;
    };
    let mut rest = &line[at + t..];
    let skip = |rest: &mut &[u8], set: &[u8]| {
        while let [b, tail @ ..] = *rest
            && set.contains(b)
        {
            *rest = tail;
        }
    };
    skip(&mut rest, b".!?");
    skip(&mut rest, b"\"')");
    skip(&mut rest, b" \t");
    matches!(rest, [] | [b'\n'] | [b'\r'] | [b'\r', b'\n'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sentence_by_uax29(text: &str, at: usize) -> Range<usize> {
        use unicode_segmentation::UnicodeSegmentation;
        text.split_sentence_bound_indices()
            .map(|(i, s)| i..i + s.len())
            .find(|r| r.start <= at && at < r.end)
            .unwrap()
    }

    proptest! {
        /// The shortcut for plain lines gives what full segmentation gives.
        #[test]
        fn plain_lines_read_as_segmented(
            text in prop_oneof![
                "[aZ1 ,.!?\"')(\t\r\né]{1,40}",
                // Words, then what may follow the end of a sentence.
                "[aZ1 ,'\"(é]{1,12}[.!?]{0,3}[\"')]{0,2}[ \t]{0,2}[aZ1.!?\"' ]{0,3}(\r\n|\n|\r)?[aZ]?",
            ],
            at in 0usize..40,
        ) {
            let at = at % text.len();
            prop_assume!(text.is_char_boundary(at));
            prop_assert_eq!(sentence_at(&text, at), sentence_by_uax29(&text, at));
        }
    }

    #[test]
    fn sentences_around_a_position() {
        let t = "Eerste zin. Tweede zin met kut! Derde.";
        let r = sentence_at(t, t.find("kut").unwrap());
        assert_eq!(&t[r], "Tweede zin met kut! ");
        let long = format!("{}einde", "woord ".repeat(10_000));
        assert!(sentence_at(&long, long.len() - 2).len() <= 1_300);
        let lines = "Geen punt aan het eind\nvan deze regel. Wel hier.";
        let r = sentence_at(lines, lines.find("deze").unwrap());
        assert_eq!(&lines[r], "van deze regel. ");
        let r = sentence_at(lines, lines.find("eind").unwrap());
        assert_eq!(&lines[r], "Geen punt aan het eind\n");
        // The text is not cut inside a character.
        let wide = "é".repeat(700);
        assert_eq!(sentence_at(&wide, 700), 100..1_300);
    }

    #[test]
    fn word_spans_with_offsets() {
        let t = "ik, jij  én 12";
        let spans: Vec<(usize, &str)> = word_spans(t).collect();
        assert_eq!(spans, [(0, "ik"), (4, "jij"), (9, "én"), (13, "12")]);
    }

    #[test]
    fn word_helpers() {
        let t = "hij leed al jaren aan kanker, echt";
        let at = t.find("kanker").unwrap();
        assert!(is_whole_word(t, &(at..at + 6)));
        assert!(!is_whole_word("kankeronderzoek", &(0..6)));
        assert_eq!(words_before(t, at, 2), ["jaren", "aan"]);
        assert_eq!(words_after(t, at + 6, 3), ["echt"]);
    }
}
