//! The commands: check, fix, redact, rules and explain.

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::Path;

use postlint::catalog::{self, Lang, RuleInfo};
use postlint::output::{self, Style};

use crate::args::{
    CheckArgs, ColorChoice, ExplainArgs, FixArgs, Format, ListFormat, RedactArgs, RulesArgs,
};
use crate::inputs::{Common, Input, Pending, Session, lint_all, prefetch_all};
use crate::{CLEAN, FINDINGS, TROUBLE, print, say};

/// The options `check` and `fix` share, taken from either's arguments.
macro_rules! common {
    ($args:expr) => {
        Common {
            lang: $args.lang,
            account: $args.account,
            config: &$args.config,
            no_config: $args.no_config,
            select: &$args.select,
            ignore: &$args.ignore,
            stdin_filename: &$args.stdin_filename,
        }
    };
}

pub fn check(args: CheckArgs) -> i32 {
    let mut session = match Session::new(common!(args)) {
        Ok(s) => s,
        Err(status) => return status,
    };
    let report_lang = session.report_lang();
    // Reading stays in order on this thread (its messages and the config
    // cache are shared); decoding and linting, the expensive part, run on
    // every core, and the results keep the order of the inputs.
    let inputs = prefetch_all(session.inputs(&args.paths), args.threads);
    let pending: Vec<Pending> = inputs
        .into_iter()
        .filter_map(|input| session.read(input))
        .collect();
    postlint::linter::expect_texts(pending.len());
    let results = lint_all(pending, args.threads);
    if results.iter().any(|r| {
        r.diagnostics
            .iter()
            .any(|d| d.rule.is_input() && d.severity == catalog::Severity::Error)
    }) {
        session.status = TROUBLE;
    }
    let mut status = session.status;

    let summary = output::Summary::of(&results);
    let color = use_color(
        args.color.unwrap_or(ColorChoice::Auto),
        std::io::stdout().is_terminal(),
        std::env::var_os("NO_COLOR"),
    );
    let style = Style {
        lang: report_lang,
        show_matches: args.show_matches,
        color,
    };
    let rendered = match args.format.unwrap_or(Format::Human) {
        // Nothing could be linted: the errors on stderr say it all.
        Format::Human if results.is_empty() && status == TROUBLE => String::new(),
        Format::Human => output::human::render(&results, style),
        Format::Json => output::json::render(&results, style),
        Format::Sarif => output::sarif::render(&results, style, &session.cwd),
        Format::Github => output::github::render(&results),
        Format::Line => output::line::render(&results),
    };
    if print(&rendered) != CLEAN {
        status = TROUBLE;
    }
    if status == TROUBLE {
        return TROUBLE;
    }
    if summary.errors > 0 || (args.deny_warnings && summary.warnings > 0) {
        return FINDINGS;
    }
    CLEAN
}

pub fn fix(args: FixArgs) -> i32 {
    let mut session = match Session::new(common!(args)) {
        Ok(s) => s,
        Err(status) => return status,
    };
    let mut pending = false;
    let inputs = session.inputs(&args.paths);
    postlint::linter::expect_texts(inputs.len());
    for input in inputs {
        let Some(loaded) = session.load(input) else {
            continue;
        };
        let diagnostics = loaded.linter.lint(&loaded.doc);
        let paragraph =
            postlint::fix::statement(&loaded.doc, &diagnostics, loaded.linter.settings());
        let fixed = match postlint::fix::apply(&loaded.doc, paragraph.as_deref()) {
            Ok(fixed) => fixed,
            Err(postlint::fix::FixError::InvalidUtf8) => {
                session.trouble(
                    &format!("`{}` is geen geldige UTF-8; niet aangepast", loaded.display),
                    &format!("`{}` is not valid UTF-8; not changed", loaded.display),
                );
                continue;
            }
        };
        match (&loaded.path, fixed, args.write) {
            (Some(path), Some(bytes), true) => match write_atomically(path, &bytes) {
                Ok(()) => say(
                    session.lang,
                    &format!("disclaimer toegevoegd aan `{}`", loaded.display),
                    &format!("added disclaimer to `{}`", loaded.display),
                ),
                Err(reason) => session.trouble(
                    &format!(
                        "kan `{}` niet aanpassen: {reason}; het bestand is niet veranderd",
                        loaded.display
                    ),
                    &format!(
                        "cannot change `{}`: {reason}; the file is unchanged",
                        loaded.display
                    ),
                ),
            },
            // Standard input with --write: the editor gets the text back.
            (None, fixed, true) => {
                let text = fixed.map(|b| String::from_utf8_lossy(&b).into_owned());
                let original = loaded.doc.text().to_string();
                if print(text.as_deref().unwrap_or(&original)) != CLEAN {
                    session.status = TROUBLE;
                }
            }
            (_, Some(bytes), false) => {
                pending = true;
                // Only text is appended; show the original with personal data
                // masked, so a CI log of the diff does not spread it.
                let old = loaded.doc.text();
                let new = String::from_utf8_lossy(if loaded.doc.has_bom() {
                    &bytes[3..]
                } else {
                    &bytes
                });
                let added = new.get(old.len()..).unwrap_or_default();
                let shown_old = if args.show_matches {
                    old.to_string()
                } else {
                    postlint::mask::redact_findings(old, &diagnostics)
                };
                let shown_new = format!("{shown_old}{added}");
                let diff = similar::TextDiff::from_lines(shown_old.as_str(), shown_new.as_str())
                    .unified_diff()
                    .header(
                        &format!("a/{}", loaded.display),
                        &format!("b/{}", loaded.display),
                    )
                    .to_string();
                if print(&diff) != CLEAN {
                    session.status = TROUBLE;
                }
            }
            (_, None, false) => {}
            (Some(_), None, true) => {}
        }
    }
    if session.status == TROUBLE {
        TROUBLE
    } else if pending {
        FINDINGS
    } else {
        CLEAN
    }
}

pub fn redact(args: RedactArgs) -> i32 {
    let mut session = match Session::new(Common {
        lang: args.lang,
        account: None,
        config: &args.config,
        no_config: args.no_config,
        select: &["privacy".to_string()],
        ignore: &[],
        stdin_filename: &args.stdin_filename,
    }) {
        Ok(s) => s,
        Err(status) => return status,
    };
    let paths: Vec<OsString> = args.path.into_iter().collect();
    let mut inputs = session.inputs(&paths);
    if inputs.len() > 1 || matches!(inputs.first(), Some(Input::File { walked: true, .. })) {
        session.trouble(
            "redact leest één bestand, geen map",
            "redact reads one file, not a folder",
        );
        return TROUBLE;
    }
    let Some(input) = inputs.pop() else {
        return session.status.max(TROUBLE);
    };
    let raw = match &input {
        Input::File { path, .. } => std::fs::read(path).ok(),
        Input::Read { bytes, .. } => bytes.as_ref().ok().map(|b| b.to_vec()),
        Input::Stdin => None,
    };
    let Some(loaded) = session.load(input) else {
        return TROUBLE;
    };
    // Standard input was consumed by `load`; rebuild its bytes from the text.
    let raw = raw.unwrap_or_else(|| {
        let mut b = if loaded.doc.has_bom() {
            b"\xEF\xBB\xBF".to_vec()
        } else {
            Vec::new()
        };
        b.extend_from_slice(loaded.doc.text().as_bytes());
        b
    });
    if !loaded.doc.invalid.is_empty() {
        session.trouble(
            &format!(
                "`{}` is geen geldige UTF-8; niet geredigeerd",
                loaded.display
            ),
            &format!("`{}` is not valid UTF-8; not redacted", loaded.display),
        );
        return TROUBLE;
    }
    let diagnostics = loaded.linter.lint(&loaded.doc);
    let out = postlint::mask::redact_bytes(&raw, &diagnostics, loaded.linter.settings().lang);
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(&out).and_then(|_| stdout.flush()) {
        Ok(()) => session.status,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => session.status,
        Err(_) => TROUBLE,
    }
}

/// Replace `path` by `bytes` without ever leaving a half-written file: write
/// a temporary file in the same folder with the same permissions, flush it
/// to disk, then rename it over the original.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let meta = std::fs::symlink_metadata(path).map_err(|e| e.to_string())?;
    if meta.file_type().is_symlink() {
        return Err("symbolic link; fix the file it points to".into());
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".postlint-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| e.to_string())?;
    tmp.write_all(bytes).map_err(|e| e.to_string())?;
    tmp.as_file()
        .set_permissions(meta.permissions())
        .map_err(|e| e.to_string())?;
    tmp.as_file().sync_all().map_err(|e| e.to_string())?;
    tmp.persist(path).map_err(|e| e.error.to_string())?;
    Ok(())
}

/// Colour on a terminal unless `NO_COLOR` is set to something (no-color.org);
/// an explicit `--color` wins over both.
fn use_color(choice: ColorChoice, terminal: bool, no_color: Option<OsString>) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => terminal && no_color.is_none_or(|v| v.is_empty()),
    }
}
pub fn rules(args: RulesArgs) -> i32 {
    let lang = args.lang.map(Lang::from).unwrap_or_default();
    let listed: Vec<&RuleInfo> = postlint::rules::RULES
        .iter()
        .copied()
        .filter(|r| !r.is_input())
        .collect();
    match args.format {
        ListFormat::Json => {
            #[derive(serde::Serialize)]
            struct Row {
                id: &'static str,
                family: &'static str,
                severity: &'static str,
                articles: &'static [&'static str],
                description: &'static str,
            }
            let rows: Vec<Row> = listed
                .iter()
                .map(|r| Row {
                    id: r.id,
                    family: r.family(),
                    severity: r.severity.as_str(),
                    articles: r.articles,
                    description: r.summary.get(lang),
                })
                .collect();
            let mut s = serde_json::to_string_pretty(&rows).unwrap_or_default();
            s.push('\n');
            print(&s)
        }
        ListFormat::Human => {
            let head = match lang {
                Lang::Nl => ("regel", "ernst", "artikelen", "omschrijving"),
                Lang::En => ("rule", "severity", "articles", "description"),
            };
            let mut s = format!("{:<28} {:<8} {:<16} {}\n", head.0, head.1, head.2, head.3);
            for r in listed {
                s.push_str(&format!(
                    "{:<28} {:<8} {:<16} {}\n",
                    r.id,
                    r.severity.as_str(),
                    r.articles.join(", "),
                    r.summary.get(lang)
                ));
            }
            print(&s)
        }
    }
}

pub fn explain(args: ExplainArgs) -> i32 {
    let lang = args.lang.map(Lang::from).unwrap_or_default();
    match postlint::rules::rule(&args.rule) {
        Some(rule) => print(&catalog::explain_page(rule, lang)),
        None => {
            let near: Vec<&str> = postlint::rules::RULES
                .iter()
                .filter(|r| !r.is_input() && (r.id.contains(&args.rule) || r.family() == args.rule))
                .map(|r| r.id)
                .collect();
            let hint = if near.is_empty() {
                String::new()
            } else {
                format!(": {}", near.join(", "))
            };
            say(
                lang,
                &format!(
                    "onbekende regel `{}`; zie `postlint rules`{hint}",
                    args.rule
                ),
                &format!("unknown rule `{}`; see `postlint rules`{hint}", args.rule),
            );
            TROUBLE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_choice() {
        assert!(use_color(ColorChoice::Auto, true, None));
        assert!(use_color(ColorChoice::Auto, true, Some("".into())));
        assert!(!use_color(ColorChoice::Auto, true, Some("1".into())));
        assert!(!use_color(ColorChoice::Auto, false, None));
        assert!(use_color(ColorChoice::Always, false, Some("1".into())));
        assert!(!use_color(ColorChoice::Never, true, None));
    }

    #[test]
    fn every_rule_has_an_explain_page_quoting_its_articles() {
        for rule in postlint::rules::RULES.iter().filter(|r| !r.is_input()) {
            let page = catalog::explain_page(rule, Lang::Nl);
            for a in rule.articles {
                let quoted = catalog::article_text(a).unwrap();
                assert!(page.contains(quoted), "{} does not quote {a}", rule.id);
            }
            assert!(catalog::explain_page(rule, Lang::En).contains("Why"));
        }
    }
}
