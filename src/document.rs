//! A draft as read from disk: decoded text, offsets back to the file's
//! bytes, lines, front matter and which parts are prose.

use std::ops::Range;
use std::path::Path;
use std::sync::OnceLock;

use crate::frontmatter::FrontMatter;
use crate::lines::{LineCol, LineIndex};
use crate::markdown::{self, Structure};
use crate::normalize::Normalized;

const BOM: &[u8] = b"\xEF\xBB\xBF";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    Text,
    Markdown,
}

impl SourceKind {
    /// `.md` and `.markdown` are Markdown; anything else is plain text.
    pub fn from_path(path: &str) -> SourceKind {
        let ext = Path::new(path)
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("");
        if ext.eq_ignore_ascii_case("md") || ext.eq_ignore_ascii_case("markdown") {
            SourceKind::Markdown
        } else {
            SourceKind::Text
        }
    }
}

/// An input's bytes: read into memory, or, for a large file, mapped.
#[derive(Debug)]
pub enum Source {
    Read(Vec<u8>),
    Mapped(memmap2::Mmap),
}

impl std::ops::Deref for Source {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Source::Read(v) => v,
            Source::Mapped(m) => m,
        }
    }
}

/// Files from this size on are mapped instead of read: copying 100 MB
/// into memory costs about 60 ms on this machine, a mapping almost
/// nothing. Drafts are far smaller, so what an editor lints on save is
/// always read (see [`Source::of_file`] for why that matters).
pub const MAP_FROM: u64 = 16 << 20;

impl Source {
    /// The bytes of the regular file at `path`.
    pub fn of_file(path: &Path) -> std::io::Result<Source> {
        let file = std::fs::File::open(path)?;
        let len = file.metadata()?.len();
        if len >= MAP_FROM {
            // SAFETY: the map is read-only and lives as long as the
            // document. Another program that shortens the file while it is
            // being linted ends this process (SIGBUS), as it would ripgrep;
            // that is why only large files, which nobody edits as drafts,
            // are mapped. A failed mapping falls back to reading.
            if let Ok(map) = unsafe { memmap2::Mmap::map(&file) } {
                return Ok(Source::Mapped(map));
            }
        }
        let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
        std::io::Read::read_to_end(&mut &file, &mut bytes)?;
        Ok(Source::Read(bytes))
    }
}

/// The decoded text: an owned string, or valid UTF-8 in a mapped file.
#[derive(Debug)]
enum Text {
    Owned(String),
    Mapped { map: memmap2::Mmap, start: usize },
}

impl Text {
    fn as_str(&self) -> &str {
        match self {
            Text::Owned(s) => s,
            // SAFETY: checked to be UTF-8 when the document was made.
            Text::Mapped { map, start } => unsafe { std::str::from_utf8_unchecked(&map[*start..]) },
        }
    }
}

#[derive(Debug)]
pub struct Document {
    pub path: String,
    pub kind: SourceKind,
    text: Text,
    raw_len: usize,
    /// Points `(text offset, file offset)` from which the two advance
    /// together; one after the BOM and one after each invalid sequence.
    breaks: Vec<(usize, usize)>,
    /// Text ranges of U+FFFD that replaced invalid bytes.
    pub invalid: Vec<Range<usize>>,
    pub lines: LineIndex,
    pub front_matter: FrontMatter,
    pub structure: Structure,
    normalized: OnceLock<Normalized>,
}

impl Document {
    /// Decode `bytes` (BOM stripped, invalid UTF-8 replaced by U+FFFD).
    pub fn from_bytes(path: impl Into<String>, bytes: &[u8]) -> Document {
        let path = path.into();
        let kind = SourceKind::from_path(&path);
        Self::with_kind(path, kind, bytes)
    }

    pub fn with_kind(path: impl Into<String>, kind: SourceKind, bytes: &[u8]) -> Document {
        Self::from_vec(path, kind, bytes.to_vec())
    }

    /// Like [`Document::with_kind`], taking the bytes: valid UTF-8 (the
    /// usual case) becomes the text without a copy, so a large file is held
    /// once, not twice.
    pub fn from_vec(path: impl Into<String>, kind: SourceKind, bytes: Vec<u8>) -> Document {
        Self::from_source(path, kind, Source::Read(bytes))
    }

    /// Like [`Document::from_vec`], for read or mapped bytes.
    pub fn from_source(path: impl Into<String>, kind: SourceKind, source: Source) -> Document {
        let raw_len = source.len();
        let bom = if source.starts_with(BOM) {
            BOM.len()
        } else {
            0
        };
        let mut breaks = vec![(0, bom)];
        let mut invalid = Vec::new();
        let valid = simdutf8::basic::from_utf8(&source[bom..]).is_ok();
        let text = match source {
            Source::Mapped(map) if valid => Text::Mapped { map, start: bom },
            Source::Read(mut bytes) if valid => {
                bytes.drain(..bom);
                // SAFETY: checked just above.
                Text::Owned(unsafe { String::from_utf8_unchecked(bytes) })
            }
            bytes => {
                let mut raw = bom;
                let mut text = String::with_capacity(raw_len - raw);
                for chunk in bytes[bom..].utf8_chunks() {
                    text.push_str(chunk.valid());
                    raw += chunk.valid().len();
                    if !chunk.invalid().is_empty() {
                        invalid.push(text.len()..text.len() + '\u{FFFD}'.len_utf8());
                        text.push('\u{FFFD}');
                        raw += chunk.invalid().len();
                        breaks.push((text.len(), raw));
                    }
                }
                Text::Owned(text)
            }
        };
        let lines = LineIndex::new(text.as_str());
        let front_matter = FrontMatter::parse(text.as_str());
        let body = front_matter.range.end;
        let structure = match kind {
            SourceKind::Markdown => markdown::markdown(text.as_str(), body),
            SourceKind::Text => markdown::plain(text.as_str(), body),
        };
        Document {
            path: path.into(),
            kind,
            text,
            raw_len,
            breaks,
            invalid,
            lines,
            front_matter,
            structure,
            normalized: OnceLock::new(),
        }
    }

    /// The decoded text (no BOM; line endings as in the file).
    pub fn text(&self) -> &str {
        self.text.as_str()
    }

    /// Whether the file started with a UTF-8 byte order mark.
    pub fn has_bom(&self) -> bool {
        self.breaks[0].1 == BOM.len()
    }

    /// The prose view: same length as the text, non-prose blanked.
    pub fn prose(&self) -> &str {
        if self.structure.prose_is_text {
            self.text.as_str()
        } else {
            &self.structure.prose
        }
    }

    /// The normalised prose view, computed once.
    pub fn normalized(&self) -> &Normalized {
        self.normalized
            .get_or_init(|| Normalized::new(self.prose()))
    }

    /// Byte offset in the file as read of text offset `t`.
    pub fn file_offset(&self, t: usize) -> usize {
        let i = self.breaks.partition_point(|&(bt, _)| bt <= t) - 1;
        let (bt, br) = self.breaks[i];
        (br + (t - bt)).min(self.raw_len)
    }

    pub fn file_span(&self, r: &Range<usize>) -> Range<usize> {
        self.file_offset(r.start)..self.file_offset(r.end)
    }

    pub fn position(&self, t: usize) -> LineCol {
        self.lines.position(self.text.as_str(), t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_is_stripped_and_offsets_point_into_the_file() {
        let doc = Document::from_bytes("a.txt", b"\xEF\xBB\xBFHallo wereld");
        assert_eq!(doc.text(), "Hallo wereld");
        assert_eq!(doc.file_offset(6), 9);
        assert_eq!(doc.position(6).column, 7);
    }

    #[test]
    fn invalid_utf8_is_replaced_and_offsets_stay_exact() {
        let bytes = b"ab\xFF\xFEcd \xC3\xA9 x";
        let doc = Document::from_bytes("a.txt", bytes);
        assert_eq!(doc.text(), "ab\u{FFFD}\u{FFFD}cd é x");
        assert_eq!(doc.invalid.len(), 2);
        let x = doc.text().find('x').unwrap();
        assert_eq!(bytes[doc.file_offset(x)], b'x');
        let c = doc.text().find('c').unwrap();
        assert_eq!(doc.file_offset(c), 4);
        assert_eq!(doc.file_offset(doc.invalid[0].start), 2);
    }

    #[test]
    fn markdown_kind_from_extension() {
        assert_eq!(SourceKind::from_path("x/Post.MD"), SourceKind::Markdown);
        assert_eq!(SourceKind::from_path("a.markdown"), SourceKind::Markdown);
        assert_eq!(SourceKind::from_path("a.txt"), SourceKind::Text);
        assert_eq!(SourceKind::from_path("-"), SourceKind::Text);
    }

    #[test]
    fn front_matter_is_not_prose() {
        let doc = Document::from_bytes("a.md", b"---\naccount: official\n---\n# Hoi\n");
        assert!(!doc.prose().contains("official"));
        assert!(doc.prose().contains("Hoi"));
    }

    /// A file of `MAP_FROM` bytes or more: its start, filler, its end.
    fn large_file(start: &[u8], end: &[u8]) -> tempfile::NamedTempFile {
        let mut bytes = start.to_vec();
        bytes.resize(MAP_FROM as usize, b' ');
        bytes.extend_from_slice(end);
        let mut f = tempfile::NamedTempFile::new().unwrap();
        std::io::Write::write_all(&mut f, &bytes).unwrap();
        f
    }

    #[test]
    fn large_files_are_mapped_and_read_the_same() {
        let f = large_file(b"\xEF\xBB\xBFHallo", b"wereld\n");
        let source = Source::of_file(f.path()).unwrap();
        assert!(matches!(source, Source::Mapped(_)));
        let mapped = Document::from_source("a.txt", SourceKind::Text, source);
        let read = Document::from_vec("a.txt", SourceKind::Text, std::fs::read(f.path()).unwrap());
        assert_eq!(mapped.text(), read.text());
        assert!(mapped.has_bom() && mapped.text().starts_with("Hallo"));
        let w = mapped.text().rfind('w').unwrap();
        assert_eq!(mapped.file_offset(w), MAP_FROM as usize);
    }

    #[test]
    fn a_mapped_file_with_invalid_bytes_is_decoded_like_a_read_one() {
        let f = large_file(b"ab\xFFcd", b"x\xC3");
        let mapped = Document::from_source(
            "a.txt",
            SourceKind::Text,
            Source::of_file(f.path()).unwrap(),
        );
        assert_eq!(mapped.invalid.len(), 2);
        assert!(mapped.text().starts_with("ab\u{FFFD}cd") && mapped.text().ends_with("x\u{FFFD}"));
        let c = mapped.text().find('c').unwrap();
        assert_eq!(mapped.file_offset(c), 3);
    }

    #[test]
    fn small_files_are_read() {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        std::io::Write::write_all(&mut f, b"Hallo").unwrap();
        let source = Source::of_file(f.path()).unwrap();
        assert!(matches!(&source, Source::Read(b) if b == b"Hallo"));
    }
}
