//! `--format human`: rustc-style findings with the spot underlined.
//!
//! Underlines are measured in terminal cells: tabs become four spaces,
//! wide characters (CJK, emoji) take two cells, combining marks none.
//! Personal data on the shown line is masked like the excerpt.

use std::fmt::Write;
use std::ops::Range;

use colored::{ColoredString, Colorize};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use super::{FileResult, Style, Summary};
use crate::catalog::{Lang, Severity};
use crate::diagnostic::Diagnostic;
use crate::mask;

const TAB: &str = "    ";

/// Terminal cells taken by `s`.
pub fn display_width(s: &str) -> usize {
    s.graphemes(true)
        .map(|g| {
            if g == "\t" {
                TAB.len()
            } else {
                UnicodeWidthStr::width(g).min(2)
            }
        })
        .sum()
}

fn for_display(s: &str) -> String {
    s.replace('\t', TAB)
}

fn severity_label(sev: Severity, lang: Lang, rule: &str) -> ColoredString {
    let label = format!("{}[{}]", sev.label(lang), rule);
    match sev {
        Severity::Error => label.red().bold(),
        Severity::Warning => label.yellow().bold(),
    }
}

/// A line split into pieces to show: clear text or a mask over a span.
struct Piece {
    range: Range<usize>,
    shown: String,
    masked: bool,
}

fn pieces(file: &FileResult, line: Range<usize>, style: Style) -> Vec<Piece> {
    let text = file.doc.text();
    let mut masks: Vec<(Range<usize>, &Diagnostic)> = file
        .diagnostics
        .iter()
        .filter(|d| d.rule.personal_data && !style.show_matches)
        .filter(|d| d.text_span.start < line.end && d.text_span.end > line.start)
        .map(|d| {
            (
                d.text_span.start.max(line.start)..d.text_span.end.min(line.end),
                d,
            )
        })
        .collect();
    masks.sort_by_key(|(r, _)| r.start);
    let mut out = Vec::new();
    let mut at = line.start;
    for (r, d) in masks {
        if r.start < at {
            continue; // overlaps a mask already placed
        }
        if r.start > at {
            out.push(Piece {
                range: at..r.start,
                shown: for_display(&text[at..r.start]),
                masked: false,
            });
        }
        out.push(Piece {
            range: r.clone(),
            shown: mask::excerpt(d.rule, &text[r.clone()], false),
            masked: true,
        });
        at = r.end;
    }
    if at < line.end {
        out.push(Piece {
            range: at..line.end,
            shown: for_display(&text[at..line.end]),
            masked: false,
        });
    }
    out
}

/// Cells before text offset `pos` on a line made of `pieces`.
fn cells_before(text: &str, pieces: &[Piece], pos: usize) -> usize {
    let mut w = 0;
    for p in pieces {
        if pos >= p.range.end {
            w += display_width(&p.shown);
        } else {
            // Inside a mask the whole mask counts as one unit.
            if pos > p.range.start && !p.masked {
                w += display_width(&text[p.range.start..pos]);
            }
            break;
        }
    }
    w
}

fn render_diagnostic(out: &mut String, file: &FileResult, d: &Diagnostic, style: Style) {
    let lang = file.lang;
    let text = file.doc.text();
    let rule = d.rule;
    let articles = if rule.articles.is_empty() {
        String::new()
    } else {
        format!(" (protocol {})", rule.articles.join(", "))
    };
    let _ = writeln!(
        out,
        "{}: {}{}",
        severity_label(d.severity, lang, rule.id),
        d.message(lang).bold(),
        articles
    );
    let line0 = d.start.line - 1;
    let gutter = " ".repeat(d.start.line.to_string().len());
    let bar = "|".blue().bold();
    let _ = writeln!(
        out,
        "{gutter}{} {}:{}:{}",
        "-->".blue().bold(),
        file.path,
        d.start.line,
        d.start.column
    );
    let _ = writeln!(out, "{gutter} {bar}");
    let line = file.doc.lines.line_range(text, line0);
    let pieces = pieces(file, line.clone(), style);
    let shown: String = pieces.iter().map(|p| p.shown.as_str()).collect();
    let _ = writeln!(
        out,
        "{} {bar} {}",
        d.start.line.to_string().blue().bold(),
        shown
    );
    let end = d.text_span.end.min(line.end);
    let lead = cells_before(text, &pieces, d.text_span.start);
    let width = cells_before(text, &pieces, end).saturating_sub(lead).max(1);
    let carets = "^".repeat(width);
    let carets = match d.severity {
        Severity::Error => carets.red().bold(),
        Severity::Warning => carets.yellow().bold(),
    };
    let _ = writeln!(out, "{gutter} {bar} {}{}", " ".repeat(lead), carets);
    let help = if lang == Lang::Nl { "hulp" } else { "help" };
    let _ = writeln!(
        out,
        "{gutter} {} {}: {}",
        "=".blue().bold(),
        help.bold(),
        rule.help.get(lang)
    );
    out.push('\n');
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub fn summary_line(s: Summary, lang: Lang) -> String {
    match lang {
        Lang::Nl if s.errors + s.warnings == 0 => format!(
            "Geen bevindingen in {}.",
            plural(s.files, "bestand", "bestanden")
        ),
        Lang::En if s.errors + s.warnings == 0 => {
            format!("No findings in {}.", plural(s.files, "file", "files"))
        }
        Lang::Nl => format!(
            "{}, {} in {}.",
            plural(s.errors, "fout", "fouten"),
            plural(s.warnings, "waarschuwing", "waarschuwingen"),
            plural(s.files, "bestand", "bestanden")
        ),
        Lang::En => format!(
            "{}, {} in {}.",
            plural(s.errors, "error", "errors"),
            plural(s.warnings, "warning", "warnings"),
            plural(s.files, "file", "files")
        ),
    }
}

pub fn render(results: &[FileResult], style: Style) -> String {
    colored::control::set_override(style.color);
    let mut out = String::new();
    for file in results {
        for d in &file.diagnostics {
            render_diagnostic(&mut out, file, d, style);
        }
    }
    let s = Summary::of(results);
    let line = summary_line(s, style.lang);
    let _ = writeln!(
        out,
        "{}",
        if s.errors > 0 {
            line.bold()
        } else {
            line.normal()
        }
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Document, Linter, Settings};

    fn render_plain(path: &str, text: &str, show: bool) -> String {
        let doc = Document::from_bytes(path, text.as_bytes());
        let diagnostics = Linter::new(Settings::default()).lint(&doc);
        let file = FileResult {
            path: path.into(),
            doc,
            diagnostics,
            lang: Lang::Nl,
        };
        render(
            &[file],
            Style {
                lang: Lang::Nl,
                show_matches: show,
                color: false,
            },
        )
    }

    /// Column (in cells) of the first caret under the source line.
    fn caret_col(out: &str) -> (usize, usize) {
        let line = out.lines().find(|l| l.contains('^')).unwrap();
        let start = line.find('^').unwrap();
        let n = line[start..].chars().take_while(|&c| c == '^').count();
        (display_width(&line[..start]), n)
    }

    fn source_col(out: &str, word: &str) -> usize {
        let line = out
            .lines()
            .find(|l| l.contains(word) && l.contains(" | "))
            .unwrap();
        display_width(&line[..line.find(word).unwrap()])
    }

    #[test]
    fn underline_under_tabs_accents_and_emoji() {
        for text in [
            "\tkut!",
            "Café 😀 kut!",
            "你好 kut",
            "e\u{301}e\u{301} kut",
            "🏃\u{200d}♀\u{fe0f} kut",
        ] {
            let out = render_plain("a.txt", text, false);
            assert_eq!(
                caret_col(&out),
                (source_col(&out, "kut"), 3),
                "{text:?}\n{out}"
            );
        }
    }

    #[test]
    fn personal_data_is_masked_on_the_source_line() {
        let out = render_plain("a.txt", "Zijn BSN is 123456782 😀 echt", false);
        assert!(!out.contains("123456782"), "{out}");
        assert!(out.contains("•••••••82"));
        assert_eq!(caret_col(&out), (source_col(&out, "•••••••82"), 9));
        let out = render_plain("a.txt", "Zijn BSN is 123456782", true);
        assert!(out.contains("123456782"));
    }

    #[test]
    fn shows_rule_articles_location_and_help() {
        let out = render_plain("post.txt", "Een regel\nWat een kut dag", false);
        assert!(
            out.contains("fout[decency/profanity]: Vloek of krachtterm: ‘kut’ (krachtterm). (protocol A.7, U.3)"),
            "{out}"
        );
        assert!(out.contains("--> post.txt:2:9"), "{out}");
        assert!(out.contains("= hulp: Kies een ander woord."), "{out}");
        assert!(
            out.trim_end()
                .ends_with("1 fout, 0 waarschuwingen in 1 bestand."),
            "{out}"
        );
    }
}
