//! Windows of a large text where a detector can possibly match.
//!
//! Most detectors look for something rare: a long run of digits, an `@`,
//! a handful of words. Running their patterns over every byte of a 100 MB
//! text costs far more than finding those rare anchors first. A *gate*
//! finds the anchors in one cheap pass; the detector then runs on the
//! windows around them only.
//!
//! A window reaches `margin` bytes to each side of its anchor and is then
//! widened to white space on both ends, so a window is cut where a word
//! boundary already is: `\b`, "the character before" and "the words before"
//! read the same inside a window as in the whole text. Windows that touch
//! are merged. A match that contains an anchor and is shorter than the
//! margin is therefore found exactly as in the whole text.

use std::ops::Range;

/// Merged, sorted windows of `hay` around `anchors` (sorted by start).
pub fn windows(
    hay: &str,
    anchors: impl IntoIterator<Item = Range<usize>>,
    margin: usize,
) -> Vec<Range<usize>> {
    let bytes = hay.as_bytes();
    let mut out: Vec<Range<usize>> = Vec::new();
    for a in anchors {
        // Never walk back past the previous window: text without white
        // space must cost one pass, not one per anchor.
        let floor = out.last().map_or(0, |l| l.end);
        let mut start = a.start.saturating_sub(margin).max(floor);
        while start > floor && !bytes[start - 1].is_ascii_whitespace() {
            start -= 1;
        }
        if let Some(last) = out.last_mut()
            && start <= last.end
        {
            if a.end <= last.end {
                continue;
            }
            last.end = widen_end(bytes, a.end + margin);
            continue;
        }
        out.push(start..widen_end(bytes, a.end + margin));
    }
    out
}

fn widen_end(bytes: &[u8], end: usize) -> usize {
    let mut end = end.min(bytes.len());
    while end < bytes.len() && !bytes[end].is_ascii_whitespace() {
        end += 1;
    }
    end
}

/// Run `scan` on each window of `hay` and shift what it finds back to
/// offsets in `hay`.
pub fn scan_windows(
    hay: &str,
    windows: &[Range<usize>],
    mut scan: impl FnMut(&str, &mut Vec<Range<usize>>),
    out: &mut Vec<Range<usize>>,
) {
    let mut found = Vec::new();
    for w in windows {
        found.clear();
        scan(&hay[w.clone()], &mut found);
        out.extend(found.drain(..).map(|r| r.start + w.start..r.end + w.start));
    }
}

/// Clusters of digits that could be a long number: digits no more than
/// `gap` bytes apart, at least `min_digits` of them. Phone numbers, BSNs,
/// IBANs and card numbers all have six or more; years and prices do not.
pub fn digit_clusters(hay: &str, gap: usize, min_digits: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut current: Option<(Range<usize>, usize)> = None;
    for (i, b) in hay.bytes().enumerate() {
        if !b.is_ascii_digit() {
            continue;
        }
        match &mut current {
            Some((r, n)) if i - r.end <= gap => {
                r.end = i + 1;
                *n += 1;
            }
            _ => {
                if let Some((r, n)) = current.take()
                    && n >= min_digits
                {
                    out.push(r);
                }
                current = Some((i..i + 1, 1));
            }
        }
    }
    if let Some((r, n)) = current
        && n >= min_digits
    {
        out.push(r);
    }
    out
}

/// Positions of byte `b`, one-byte anchors.
pub fn byte_anchors(hay: &str, b: u8) -> Vec<Range<usize>> {
    memchr::memchr_iter(b, hay.as_bytes())
        .map(|i| i..i + 1)
        .collect()
}

/// Whole-word occurrences of `words` (lower case ASCII) in `hay`, in order.
pub fn word_anchors(hay: &str, words: &[&str]) -> Vec<Range<usize>> {
    let bytes = hay.as_bytes();
    let mut out: Vec<Range<usize>> = Vec::new();
    for w in words {
        let finder = memchr::memmem::Finder::new(w.as_bytes());
        for at in finder.find_iter(bytes) {
            let end = at + w.len();
            let before = hay[..at].chars().next_back();
            let after = hay[end..].chars().next();
            if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
            {
                out.push(at..end);
            }
        }
    }
    out.sort_by_key(|r| r.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_end_at_white_space_and_merge() {
        let hay = "aaaa bbbb 123 cccc dddd eeee 456 ffff";
        let a = hay.find("123").unwrap();
        let b = hay.find("456").unwrap();
        let w = windows(hay, [a..a + 3], 2);
        assert_eq!(&hay[w[0].clone()], "bbbb 123 cccc");
        let w = windows(hay, [a..a + 3, b..b + 3], 8);
        assert_eq!(w.len(), 1);
        assert_eq!(&hay[w[0].clone()], "aaaa bbbb 123 cccc dddd eeee 456 ffff");
        let w = windows(hay, [a..a + 3, b..b + 3], 1);
        assert_eq!(w.len(), 2);
    }

    #[test]
    fn clusters_of_digits() {
        let hay = "In 2010 kostte het 12,50. Bel 06-12 34 56 78 of NL91ABNA0417164300.";
        let c: Vec<&str> = digit_clusters(hay, 4, 6)
            .into_iter()
            .map(|r| &hay[r])
            .collect();
        assert_eq!(c, ["06-12 34 56 78", "91ABNA0417164300"]);
    }

    #[test]
    fn scanning_windows_gives_whole_text_offsets() {
        let hay = "x ".repeat(100) + "bel 0612345678 nu" + &" y".repeat(100);
        let w = windows(&hay, digit_clusters(&hay, 3, 6), 16);
        let mut out = Vec::new();
        scan_windows(
            &hay,
            &w,
            |h, o| o.extend(h.find("0612").map(|i| i..i + 10)),
            &mut out,
        );
        assert_eq!(&hay[out[0].clone()], "0612345678");
    }
}
