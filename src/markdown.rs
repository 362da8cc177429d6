//! Which bytes of a draft are prose.
//!
//! Rules scan a *prose view*: a copy of the text with the same length in
//! which everything that is not published prose (code, HTML, link targets,
//! Markdown syntax, front matter) is replaced by spaces. Because lengths are
//! equal, an offset in the view is the same offset in the text: no mapping
//! needed. Line breaks are kept so that line-based reasoning still works.

use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

/// The target of a Markdown link, e.g. `mailto:jan@example.nl`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkTarget {
    pub range: Range<usize>,
    pub url: String,
}

#[derive(Debug, Clone, Default)]
pub struct Structure {
    /// Same length as the text; non-prose bytes are spaces.
    pub prose: String,
    pub links: Vec<LinkTarget>,
    /// Whole `![alt](src)` ranges.
    pub images: Vec<Range<usize>>,
    /// Ranges of raw HTML (where suppression comments live).
    pub html: Vec<Range<usize>>,
    /// The prose is the text itself (plain text without front matter):
    /// `prose` is left empty instead of holding a second copy.
    pub prose_is_text: bool,
}

/// Prose view of plain text: everything after the front matter.
pub fn plain(text: &str, body_start: usize) -> Structure {
    if body_start == 0 {
        return Structure {
            prose_is_text: true,
            ..Structure::default()
        };
    }
    let mut out = blank_copy(text);
    out[body_start..].copy_from_slice(&text.as_bytes()[body_start..]);
    Structure {
        prose: into_string(out),
        ..Structure::default()
    }
}

/// Prose view of Markdown, parsed from `body_start` (after the front matter).
pub fn markdown(text: &str, body_start: usize) -> Structure {
    let mut out = blank_copy(text);
    let mut s = Structure::default();
    let body = &text[body_start..];
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES;
    let mut code_depth = 0usize;
    for (event, r) in Parser::new_ext(body, opts).into_offset_iter() {
        let r = r.start + body_start..r.end + body_start;
        match event {
            Event::Start(Tag::CodeBlock(_)) => code_depth += 1,
            Event::End(TagEnd::CodeBlock) => code_depth = code_depth.saturating_sub(1),
            Event::Text(_) if code_depth == 0 => {
                out[r.clone()].copy_from_slice(&text.as_bytes()[r])
            }
            // Autolinks show their target as the link text: already prose.
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) if !matches!(link_type, LinkType::Autolink | LinkType::Email) => {
                if let Some(target) = find_target(text, &r, &dest_url) {
                    s.links.push(LinkTarget {
                        range: target,
                        url: dest_url.to_string(),
                    });
                }
            }
            Event::Start(Tag::Image { .. }) => s.images.push(r),
            Event::Html(_) | Event::InlineHtml(_) => s.html.push(r),
            _ => {}
        }
    }
    s.prose = into_string(out);
    s
}

/// The destination is written after the link text; search from the right.
fn find_target(text: &str, link: &Range<usize>, dest: &str) -> Option<Range<usize>> {
    if dest.is_empty() {
        return None;
    }
    let src = &text[link.clone()];
    src.rfind(dest)
        .map(|i| link.start + i..link.start + i + dest.len())
}

fn blank_copy(text: &str) -> Vec<u8> {
    text.bytes()
        .map(|b| if b == b'\n' || b == b'\r' { b } else { b' ' })
        .collect()
}

fn into_string(bytes: Vec<u8>) -> String {
    // Only whole characters were copied into an ASCII background.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_and_syntax_are_blanked_with_offsets_kept() {
        let text = "**Scala** `kanker`\n\n```\nkanker\n```\nklaar";
        let s = markdown(text, 0);
        assert_eq!(s.prose.len(), text.len());
        assert_eq!(&s.prose[2..7], "Scala");
        assert!(!s.prose.contains("kanker"));
        assert!(s.prose.ends_with("klaar"));
    }

    #[test]
    fn link_text_is_prose_and_target_recorded() {
        let text = "Mail [de mentor](mailto:jan@example.nl) of bel.";
        let s = markdown(text, 0);
        assert!(s.prose.contains("de mentor"));
        assert!(!s.prose.contains("mailto"));
        assert_eq!(s.links.len(), 1);
        assert_eq!(&text[s.links[0].range.clone()], "mailto:jan@example.nl");
    }

    #[test]
    fn images_and_html_are_recorded() {
        let text = "![klas 3B](foto.jpg)\n\n<!-- postlint-disable privacy -->\n";
        let s = markdown(text, 0);
        assert_eq!(s.images.len(), 1);
        assert!(s.prose.contains("klas 3B"));
        assert_eq!(s.html.len(), 1);
        assert!(!s.prose.contains("postlint"));
    }

    #[test]
    fn plain_text_keeps_everything_after_front_matter() {
        let s = plain("---\na: b\n---\nHoi", 13);
        assert_eq!(s.prose, "   \n    \n   \nHoi");
    }
}
