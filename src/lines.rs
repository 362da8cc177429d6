//! Byte offset → line and column, the way editors count them.

/// Start offsets of every line of a text. `\n`, `\r\n` and a lone `\r`
/// each end a line, as in LSP.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

/// A position in three units: 1-based line, 1-based column in Unicode scalar
/// values and 1-based column in UTF-16 code units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
    pub utf16_column: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        // Line breaks are sparse: jump from one to the next.
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n') {
                starts.push(i + 1);
            }
        }
        LineIndex { starts }
    }

    /// 0-based line number holding `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(n) => n,
            Err(n) => n - 1,
        }
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// Byte range of 0-based line `n` without its line ending.
    pub fn line_range(&self, text: &str, n: usize) -> std::ops::Range<usize> {
        let start = self.starts[n];
        let mut end = self.starts.get(n + 1).copied().unwrap_or(text.len());
        let b = text.as_bytes();
        if end > start && b[end - 1] == b'\n' {
            end -= 1;
        }
        if end > start && b[end - 1] == b'\r' {
            end -= 1;
        }
        start..end
    }

    /// Position of `offset`, which must lie on a character boundary of `text`.
    pub fn position(&self, text: &str, offset: usize) -> LineCol {
        let line = self.line_of(offset);
        let prefix = &text[self.starts[line]..offset];
        LineCol {
            line: line + 1,
            column: prefix.chars().count() + 1,
            utf16_column: prefix.chars().map(char::len_utf16).sum::<usize>() + 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_scalars_and_utf16_units() {
        let text = "a\n😀é x";
        let idx = LineIndex::new(text);
        let off = text.find('x').unwrap();
        let pos = idx.position(text, off);
        assert_eq!(pos.line, 2);
        assert_eq!(pos.column, 4); // 😀 é space
        assert_eq!(pos.utf16_column, 5); // 😀 is two UTF-16 units
    }

    #[test]
    fn crlf_and_lone_cr_end_lines() {
        let text = "een\r\ntwee\rdrie\nvier";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_count(), 4);
        assert_eq!(&text[idx.line_range(text, 0)], "een");
        assert_eq!(&text[idx.line_range(text, 1)], "twee");
        assert_eq!(idx.position(text, text.find("vier").unwrap()).line, 4);
    }

    #[test]
    fn offset_at_end_of_text() {
        let text = "ab\n";
        let idx = LineIndex::new(text);
        assert_eq!(
            idx.position(text, 3),
            LineCol {
                line: 2,
                column: 1,
                utf16_column: 1
            }
        );
    }
}
