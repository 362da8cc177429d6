//! Byte offset → line and column, the way editors count them.

/// Start offsets of every line of a text. `\n`, `\r\n` and a lone `\r`
/// each end a line, as in LSP.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

/// What a column counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnUnit {
    /// UTF-8 bytes.
    Byte,
    /// UTF-16 code units (what browsers and most editors count).
    Utf16,
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

    /// 0-based line and column of `offset` (clamped into `text`, on a
    /// character boundary), the column counted in `unit`: what a language
    /// server client asks for.
    pub fn line_column(&self, text: &str, offset: usize, unit: ColumnUnit) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.line_of(offset);
        let prefix = &text[self.starts[line]..offset];
        let column = match unit {
            ColumnUnit::Byte => prefix.len(),
            ColumnUnit::Utf16 => prefix.encode_utf16().count(),
        };
        (line, column)
    }

    /// The byte offset of 0-based `line` and `column` (counted in `unit`),
    /// clamped into the text and back onto a character boundary: a line
    /// past the end is the end, a column past the line is the line's end.
    pub fn offset_of(&self, text: &str, line: usize, column: usize, unit: ColumnUnit) -> usize {
        if line >= self.starts.len() {
            return text.len();
        }
        let range = self.line_range(text, line);
        let mut used = 0;
        for (i, c) in text[range.clone()].char_indices() {
            used += match unit {
                ColumnUnit::Byte => c.len_utf8(),
                ColumnUnit::Utf16 => c.len_utf16(),
            };
            if used > column {
                return range.start + i;
            }
        }
        range.end
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
    fn line_columns_and_offsets_in_bytes_and_utf16() {
        let text = "Café 😀 kut\r\nb\rc";
        let idx = LineIndex::new(text);
        let k = text.find("kut").unwrap();
        assert_eq!(idx.line_column(text, k, ColumnUnit::Byte), (0, 11));
        assert_eq!(idx.line_column(text, k, ColumnUnit::Utf16), (0, 8));
        assert_eq!(
            idx.line_column(text, text.len() + 9, ColumnUnit::Byte),
            (2, 1)
        );
        assert_eq!(idx.offset_of(text, 0, 8, ColumnUnit::Utf16), k);
        assert_eq!(
            idx.offset_of(text, 1, 0, ColumnUnit::Byte),
            text.find('b').unwrap()
        );
        // Past the line's end: the end of the line, before its break.
        assert_eq!(
            idx.offset_of(text, 0, 99, ColumnUnit::Byte),
            text.find('\r').unwrap()
        );
        // Inside the emoji: back to its start; past the last line: the end.
        let emoji = text.find('😀').unwrap();
        assert_eq!(idx.offset_of(text, 0, 6, ColumnUnit::Utf16), emoji);
        assert_eq!(idx.offset_of(text, 0, 7, ColumnUnit::Byte), emoji);
        assert_eq!(idx.offset_of(text, 7, 0, ColumnUnit::Byte), text.len());
    }

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
