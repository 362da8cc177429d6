//! `--format json`: the contract of SPEC §3.

use serde::Serialize;

use super::{FileResult, Style, Summary};
use crate::diagnostic::{Diagnostic, Position};
use crate::mask;

#[derive(Serialize)]
struct Report<'a> {
    version: u32,
    tool: Tool,
    files: Vec<File<'a>>,
    summary: JsonSummary,
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct File<'a> {
    path: &'a str,
    diagnostics: Vec<Diag<'a>>,
}

#[derive(Serialize)]
struct Diag<'a> {
    rule: &'static str,
    severity: &'static str,
    articles: &'static [&'static str],
    message: String,
    help: &'static str,
    span: Span,
    start: &'a Position,
    end: &'a Position,
    excerpt: String,
}

#[derive(Serialize)]
struct Span {
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct JsonSummary {
    files: usize,
    errors: usize,
    warnings: usize,
}

fn diag<'a>(d: &'a Diagnostic, file: &FileResult, style: Style) -> Diag<'a> {
    Diag {
        rule: d.rule.id,
        severity: d.severity.as_str(),
        articles: d.rule.articles,
        message: d.message(file.lang),
        help: d.rule.help.get(file.lang),
        span: Span {
            start: d.span.start,
            end: d.span.end,
        },
        start: &d.start,
        end: &d.end,
        excerpt: mask::excerpt(d.rule, &d.matched, style.show_matches),
    }
}

/// The whole report as one JSON document (with a final newline).
pub fn render(results: &[FileResult], style: Style) -> String {
    let s = Summary::of(results);
    let report = Report {
        version: 1,
        tool: Tool {
            name: "postlint",
            version: env!("CARGO_PKG_VERSION"),
        },
        files: results
            .iter()
            .map(|f| File {
                path: &f.path,
                diagnostics: f.diagnostics.iter().map(|d| diag(d, f, style)).collect(),
            })
            .collect(),
        summary: JsonSummary {
            files: s.files,
            errors: s.errors,
            warnings: s.warnings,
        },
    };
    let mut out =
        serde_json::to_string_pretty(&report).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    out.push('\n');
    out
}
