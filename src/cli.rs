//! The command line: argument parsing, reading files and stdin, finding
//! config files, printing. All I/O of postlint lives here.

use std::collections::HashMap;
use std::ffi::OsString;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::catalog::{self, Lang, RuleInfo};
use crate::config::{self, ConfigError, Settings};
use crate::document::{Document, SourceKind};
use crate::frontmatter::Account;
use crate::linter::Linter;
use crate::output::{self, FileResult, Style};

const EXAMPLES: &str = "\
Voorbeelden / examples:
  postlint bericht.txt                      een concept controleren
  cat bericht.txt | postlint                via standaardinvoer
  postlint check --format json --stdin-filename x.md -
  postlint --format json berichten/         een map (volgt .gitignore)
  postlint rules                            alle regels
  postlint explain privacy/bsn              uitleg bij een regel

Exit status: 0 geen fouten, 1 fouten gevonden, 2 onbruikbare invoer of configuratie.";

#[derive(Parser, Debug)]
#[command(
    name = "postlint",
    version,
    about = "Controleert een concept voor sociale media op het Protocol Sociale Media.",
    args_conflicts_with_subcommands = true,
    after_help = EXAMPLES
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    check: CheckArgs,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Lint drafts (the default command).
    Check(CheckArgs),
    /// List the rules.
    Rules(RulesArgs),
    /// Explain a rule: what it checks, why, examples.
    Explain(ExplainArgs),
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum Format {
    Human,
    Json,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum LangArg {
    Nl,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Nl => Lang::Nl,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum AccountArg {
    Personal,
    Official,
}

#[derive(Args, Debug, Default)]
struct CheckArgs {
    /// Files or directories; `-` or nothing reads standard input.
    #[arg(value_name = "PATH")]
    paths: Vec<OsString>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    format: Option<Format>,
    /// Message language (default: config, else nl).
    #[arg(long, value_enum)]
    lang: Option<LangArg>,
    /// Account kind; `official` exempts posts from disclaimer/*.
    #[arg(long, value_enum)]
    account: Option<AccountArg>,
    /// Use this config file instead of looking for postlint.toml.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    config: Option<PathBuf>,
    /// Ignore every postlint.toml.
    #[arg(long)]
    no_config: bool,
    /// Colour: auto (terminal and no NO_COLOR), always, never.
    #[arg(long, value_enum, default_value = "auto")]
    color: Option<ColorChoice>,
    /// Only these rules or families (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "RULE")]
    select: Vec<String>,
    /// Never these rules or families (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "RULE")]
    ignore: Vec<String>,
    /// Exit 1 on warnings too.
    #[arg(long)]
    deny_warnings: bool,
    /// Show personal data in clear (it is masked by default).
    #[arg(long)]
    show_matches: bool,
    /// Name for standard input (decides Markdown and where config is found).
    #[arg(long, value_name = "NAME")]
    stdin_filename: Option<String>,
}

#[derive(Args, Debug)]
struct RulesArgs {
    #[arg(long, value_enum, default_value = "human")]
    format: Format,
    #[arg(long, value_enum)]
    lang: Option<LangArg>,
}

#[derive(Args, Debug)]
struct ExplainArgs {
    /// Rule id, e.g. privacy/bsn.
    rule: String,
    #[arg(long, value_enum)]
    lang: Option<LangArg>,
}

/// Exit statuses of SPEC §4.
const CLEAN: i32 = 0;
const FINDINGS: i32 = 1;
const TROUBLE: i32 = 2;

/// Run the command line; returns the exit status.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { TROUBLE } else { CLEAN };
        }
    };
    match cli.command {
        Some(Command::Check(args)) => check(args),
        Some(Command::Rules(args)) => rules(args),
        Some(Command::Explain(args)) => explain(args),
        None => check(cli.check),
    }
}

fn say(lang: Lang, nl: &str, en: &str) {
    let msg = if lang == Lang::En { en } else { nl };
    let _ = writeln!(std::io::stderr(), "postlint: {msg}");
}

fn print(s: &str) -> i32 {
    let mut out = std::io::stdout().lock();
    // A closed pipe (`postlint … | head`) is not an error worth a panic.
    match out.write_all(s.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => CLEAN,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => CLEAN,
        Err(_) => TROUBLE,
    }
}

enum Input {
    Stdin,
    File { path: PathBuf, walked: bool },
}

/// Settings of every config file met, keyed by its path (`None`: defaults).
struct Linters {
    cli: CheckOverrides,
    cwd: PathBuf,
    cache: HashMap<Option<PathBuf>, Result<Arc<Linter>, ConfigError>>,
    fixed: Option<Option<PathBuf>>,
}

struct CheckOverrides {
    lang: Option<Lang>,
    account: Option<Account>,
    select: Vec<String>,
    ignore: Vec<String>,
}

impl Linters {
    fn for_dir(&mut self, dir: &Path) -> Result<Arc<Linter>, ConfigError> {
        let key = match &self.fixed {
            Some(k) => k.clone(),
            // Upward from the file, then from the working directory.
            None => config::discover(dir).or_else(|| config::discover(&self.cwd)),
        };
        self.cache
            .entry(key.clone())
            .or_insert_with(|| {
                let mut s = match &key {
                    Some(p) => Settings::load(p)?,
                    None => Settings::default(),
                };
                if let Some(l) = self.cli.lang {
                    s.lang = l;
                }
                s.account_override = self.cli.account;
                s.select = self.cli.select.clone();
                s.ignore = self.cli.ignore.clone();
                Ok(Arc::new(Linter::new(s)))
            })
            .clone()
    }
}

fn check(args: CheckArgs) -> i32 {
    let lang = args.lang.map(Lang::from).unwrap_or_default();
    let mut status = CLEAN;
    for sel in args.select.iter().chain(&args.ignore) {
        if !catalog::is_selector(sel) || sel.starts_with("input") {
            say(
                lang,
                &format!("onbekende regel `{sel}` (zie `postlint rules`)"),
                &format!("unknown rule `{sel}` (see `postlint rules`)"),
            );
            return TROUBLE;
        }
    }
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let fixed = if args.no_config {
        Some(None)
    } else {
        args.config.as_ref().map(|p| Some(p.clone()))
    };
    let mut linters = Linters {
        cli: CheckOverrides {
            lang: args.lang.map(Lang::from),
            account: args.account.map(|a| match a {
                AccountArg::Personal => Account::Personal,
                AccountArg::Official => Account::Official,
            }),
            select: args.select.clone(),
            ignore: args.ignore.clone(),
        },
        cwd: cwd.clone(),
        cache: HashMap::new(),
        fixed,
    };
    // The language of the report as a whole: command line, else the config
    // that applies to the working directory.
    let report_lang = args.lang.map(Lang::from).unwrap_or_else(|| {
        linters
            .for_dir(&cwd)
            .map(|l| l.settings().lang)
            .unwrap_or_default()
    });

    let mut inputs = Vec::new();
    if args.paths.is_empty() {
        inputs.push(Input::Stdin);
    }
    for p in &args.paths {
        if p == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        let path = PathBuf::from(p);
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => status = status.max(walk(&path, &mut inputs, lang)),
            Ok(_) => inputs.push(Input::File {
                path,
                walked: false,
            }),
            Err(e) => {
                say(
                    lang,
                    &format!(
                        "kan `{}` niet lezen: {}",
                        path.display(),
                        io_reason(&e, Lang::Nl)
                    ),
                    &format!(
                        "cannot read `{}`: {}",
                        path.display(),
                        io_reason(&e, Lang::En)
                    ),
                );
                status = TROUBLE;
            }
        }
    }

    let mut reported_configs = std::collections::HashSet::new();
    let mut results = Vec::new();
    let mut stdin_read = false;
    for input in inputs {
        let (display, bytes, dir, kind) = match input {
            Input::Stdin => {
                if stdin_read {
                    continue;
                }
                stdin_read = true;
                let mut bytes = Vec::new();
                if let Err(e) = std::io::stdin().lock().read_to_end(&mut bytes) {
                    say(
                        lang,
                        &format!("kan standaardinvoer niet lezen: {e}"),
                        &format!("cannot read standard input: {e}"),
                    );
                    status = TROUBLE;
                    continue;
                }
                let name = args
                    .stdin_filename
                    .clone()
                    .unwrap_or_else(|| "-".to_string());
                let dir = args
                    .stdin_filename
                    .as_ref()
                    .and_then(|n| cwd.join(n).parent().map(Path::to_path_buf))
                    .unwrap_or_else(|| cwd.clone());
                let kind = SourceKind::from_path(&name);
                (name, bytes, dir, kind)
            }
            Input::File { path, walked } => {
                let bytes = match std::fs::read(&path) {
                    Ok(b) => b,
                    Err(e) => {
                        say(
                            lang,
                            &format!(
                                "kan `{}` niet lezen: {}",
                                path.display(),
                                io_reason(&e, Lang::Nl)
                            ),
                            &format!(
                                "cannot read `{}`: {}",
                                path.display(),
                                io_reason(&e, Lang::En)
                            ),
                        );
                        status = TROUBLE;
                        continue;
                    }
                };
                if walked && bytes[..bytes.len().min(8192)].contains(&0) {
                    say(
                        lang,
                        &format!("`{}` overgeslagen: binair bestand", path.display()),
                        &format!("skipped `{}`: binary file", path.display()),
                    );
                    continue;
                }
                let abs = cwd.join(&path);
                let dir = abs
                    .parent()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| cwd.clone());
                let display = path.to_string_lossy().into_owned();
                let kind = SourceKind::from_path(&display);
                (display, bytes, dir, kind)
            }
        };
        let linter = match linters.for_dir(&dir) {
            Ok(l) => l,
            Err(e) => {
                if reported_configs.insert(e.path.clone()) {
                    let shown = e
                        .path
                        .strip_prefix(&cwd)
                        .unwrap_or(&e.path)
                        .display()
                        .to_string();
                    say(
                        lang,
                        &format!("ongeldige configuratie in {shown}: {}", e.message),
                        &format!("invalid config in {shown}: {}", e.message),
                    );
                }
                status = TROUBLE;
                continue;
            }
        };
        let doc = Document::with_kind(display.clone(), kind, &bytes);
        let diagnostics = linter.lint(&doc);
        if diagnostics
            .iter()
            .any(|d| d.rule.is_input() && d.severity == catalog::Severity::Error)
        {
            status = TROUBLE;
        }
        results.push(FileResult {
            path: display,
            doc,
            diagnostics,
            lang: linter.settings().lang,
        });
    }

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

/// Colour on a terminal unless `NO_COLOR` is set to something (no-color.org);
/// an explicit `--color` wins over both.
fn use_color(choice: ColorChoice, terminal: bool, no_color: Option<OsString>) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => terminal && no_color.is_none_or(|v| v.is_empty()),
    }
}

fn io_reason(e: &std::io::Error, lang: Lang) -> String {
    use std::io::ErrorKind::*;
    match (e.kind(), lang) {
        (NotFound, Lang::Nl) => "bestand of map bestaat niet".into(),
        (NotFound, Lang::En) => "no such file or directory".into(),
        (PermissionDenied, Lang::Nl) => "geen leesrechten".into(),
        (PermissionDenied, Lang::En) => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Files under `dir` with a draft extension, sorted by path, honouring
/// `.gitignore` and `.ignore` (also outside a git repository).
fn walk(dir: &Path, inputs: &mut Vec<Input>, lang: Lang) -> i32 {
    let mut status = CLEAN;
    let walker = ignore::WalkBuilder::new(dir)
        .require_git(false)
        .sort_by_file_path(|a, b| a.cmp(b))
        .build();
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => {
                let ext = e
                    .path()
                    .extension()
                    .and_then(|x| x.to_str())
                    .unwrap_or("")
                    .to_ascii_lowercase();
                if matches!(ext.as_str(), "txt" | "md" | "markdown") {
                    inputs.push(Input::File {
                        path: e.into_path(),
                        walked: true,
                    });
                }
            }
            Ok(_) => {}
            Err(err) => {
                say(
                    lang,
                    &format!("fout bij het doorlopen van `{}`: {err}", dir.display()),
                    &format!("error walking `{}`: {err}", dir.display()),
                );
                status = TROUBLE;
            }
        }
    }
    status
}

fn rules(args: RulesArgs) -> i32 {
    let lang = args.lang.map(Lang::from).unwrap_or_default();
    let listed: Vec<&RuleInfo> = catalog::RULES.iter().filter(|r| !r.is_input()).collect();
    match args.format {
        Format::Json => {
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
        Format::Human => {
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

/// The explain page of a rule (what, why with the protocol quoted, examples).
pub fn explain_page(rule: &RuleInfo, lang: Lang) -> String {
    let h = |nl: &'static str, en: &'static str| if lang == Lang::En { en } else { nl };
    let mut s = format!(
        "{} ({}, {} {})\n\n{}\n  {}\n\n{}\n  {}\n",
        rule.id,
        rule.severity.label(lang),
        h("protocol", "protocol"),
        rule.articles.join(", "),
        h("Wat het controleert", "What it does"),
        rule.summary.get(lang),
        h("Waarom", "Why"),
        rule.why.get(lang),
    );
    for a in rule.articles {
        if let Some(t) = catalog::article_text(a) {
            s.push_str(&format!("\n  {a}: \u{201c}{t}\u{201d}\n"));
        }
    }
    if !rule.bad.is_empty() {
        let indent = |t: &str| {
            t.lines()
                .map(|l| format!("  {l}"))
                .collect::<Vec<_>>()
                .join("\n")
        };
        s.push_str(&format!(
            "\n{}\n{}\n\n{}\n{}\n",
            h("Voorbeeld", "Example"),
            indent(rule.bad),
            h("Beter", "Use instead"),
            indent(rule.good)
        ));
    }
    s.push_str(&format!(
        "\n{}: {}\n",
        h("Melding", "Message"),
        rule.message.get(lang)
    ));
    s.push_str(&format!("{}: {}\n", h("Hulp", "Help"), rule.help.get(lang)));
    s
}

fn explain(args: ExplainArgs) -> i32 {
    let lang = args.lang.map(Lang::from).unwrap_or_default();
    match catalog::rule(&args.rule) {
        Some(rule) => print(&explain_page(rule, lang)),
        None => {
            let near: Vec<&str> = catalog::RULES
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
        for rule in catalog::RULES.iter().filter(|r| !r.is_input()) {
            let page = explain_page(rule, Lang::Nl);
            for a in rule.articles {
                let quoted = catalog::article_text(a).unwrap();
                assert!(page.contains(quoted), "{} does not quote {a}", rule.id);
            }
            assert!(explain_page(rule, Lang::En).contains("Why"));
        }
    }
}
