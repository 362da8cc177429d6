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
use crate::document::{Document, Source, SourceKind};
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
  postlint fix --write bericht.md           disclaimer toevoegen
  postlint --format sarif . > postlint.sarif
  postlint --format github .                annotaties in GitHub Actions
  postlint lsp                              taalserver voor editors
  postlint completions bash > /etc/bash_completion.d/postlint

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
    /// Add the missing disclaimer and employee statement: prints a diff,
    /// or with --write changes the files (exit 1 when a diff is pending).
    Fix(FixArgs),
    /// Print the text with each personal-data value replaced by a
    /// placeholder ([BSN], [E-MAIL], …), every other byte unchanged.
    Redact(RedactArgs),
    /// Run a language server on standard input and output (for editors).
    Lsp,
    /// Print shell completions: bash, zsh, fish, powershell or elvish.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum Format {
    Human,
    Json,
    Sarif,
    Github,
    Line,
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
    /// Files linted at once (default or 0: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    threads: Option<usize>,
}

#[derive(Args, Debug)]
struct FixArgs {
    /// Files or directories; `-` or nothing reads standard input.
    #[arg(value_name = "PATH")]
    paths: Vec<OsString>,
    /// Change the files (atomically) instead of printing a diff; with
    /// standard input, print the fixed text.
    #[arg(long)]
    write: bool,
    /// Message language (default: config, else nl).
    #[arg(long, value_enum)]
    lang: Option<LangArg>,
    /// Account kind; `official` posts need no disclaimer.
    #[arg(long, value_enum)]
    account: Option<AccountArg>,
    /// Use this config file instead of looking for postlint.toml.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    config: Option<PathBuf>,
    /// Ignore every postlint.toml.
    #[arg(long)]
    no_config: bool,
    /// Only these rules or families (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "RULE")]
    select: Vec<String>,
    /// Never these rules or families (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "RULE")]
    ignore: Vec<String>,
    /// Name for standard input (decides Markdown and where config is found).
    #[arg(long, value_name = "NAME")]
    stdin_filename: Option<String>,
    /// Show personal data in the diff in clear (it is masked by default).
    #[arg(long)]
    show_matches: bool,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum ListFormat {
    Human,
    Json,
}

#[derive(Args, Debug)]
struct RedactArgs {
    /// A file; `-` or nothing reads standard input.
    #[arg(value_name = "PATH")]
    path: Option<OsString>,
    /// Placeholder language (default: config, else nl).
    #[arg(long, value_enum)]
    lang: Option<LangArg>,
    /// Use this config file instead of looking for postlint.toml.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    config: Option<PathBuf>,
    /// Ignore every postlint.toml.
    #[arg(long)]
    no_config: bool,
    /// Name for standard input (decides Markdown and where config is found).
    #[arg(long, value_name = "NAME")]
    stdin_filename: Option<String>,
}

#[derive(Args, Debug)]
struct RulesArgs {
    #[arg(long, value_enum, default_value = "human")]
    format: ListFormat,
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
        Some(Command::Fix(args)) => fix(args),
        Some(Command::Redact(args)) => redact(args),
        Some(Command::Lsp) => crate::lsp::run(),
        Some(Command::Completions { shell }) => {
            let mut out = Vec::new();
            clap_complete::generate(
                shell,
                &mut <Cli as clap::CommandFactory>::command(),
                "postlint",
                &mut out,
            );
            print(&String::from_utf8_lossy(&out))
        }
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
    File {
        path: PathBuf,
        walked: bool,
    },
    /// A file already read (on another thread): whether it was a regular
    /// file, and its bytes.
    Read {
        path: PathBuf,
        walked: bool,
        regular: bool,
        bytes: std::io::Result<Source>,
    },
}

impl Input {
    /// Do the reading of a file input now; anything else is kept as it is.
    fn prefetch(self) -> Input {
        match self {
            Input::File { path, walked } => {
                // A FIFO or device would block or never end: only regular files.
                let regular = !std::fs::metadata(&path).is_ok_and(|m| !m.is_file());
                let bytes = if regular {
                    Source::of_file(&path)
                } else {
                    Ok(Source::Read(Vec::new()))
                };
                Input::Read {
                    path,
                    walked,
                    regular,
                    bytes,
                }
            }
            other => other,
        }
    }
}

/// An input's bytes with the linter that applies to it, not yet decoded.
struct Pending {
    display: String,
    path: Option<PathBuf>,
    bytes: Source,
    linter: Arc<Linter>,
}

impl Pending {
    fn into_loaded(self) -> Loaded {
        let kind = SourceKind::from_path(&self.display);
        Loaded {
            doc: Document::from_source(self.display.clone(), kind, self.bytes),
            display: self.display,
            path: self.path,
            linter: self.linter,
        }
    }
}

/// A read input with the linter that applies to it.
struct Loaded {
    display: String,
    /// `None` for standard input.
    path: Option<PathBuf>,
    doc: Document,
    linter: Arc<Linter>,
}

/// Settings of every config file met, keyed by its path (`None`: defaults).
struct Linters {
    cli: CheckOverrides,
    cwd: PathBuf,
    cache: HashMap<Option<PathBuf>, Result<Arc<Linter>, ConfigError>>,
    /// The config found for each directory: thousands of posts share a
    /// few directories, and looking upward costs a file lookup per level.
    found: HashMap<PathBuf, Option<PathBuf>>,
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
            None => {
                let cwd = &self.cwd;
                self.found
                    .entry(dir.to_path_buf())
                    .or_insert_with(|| config::discover(dir).or_else(|| config::discover(cwd)))
                    .clone()
            }
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

/// What `check` and `fix` share: finding inputs, reading them, configs,
/// and the worst exit status met so far.
struct Session {
    lang: Lang,
    cwd: PathBuf,
    linters: Linters,
    stdin_filename: Option<String>,
    stdin_read: bool,
    reported_configs: std::collections::HashSet<PathBuf>,
    status: i32,
}

/// Options both `check` and `fix` take.
struct Common<'a> {
    lang: Option<LangArg>,
    account: Option<AccountArg>,
    config: &'a Option<PathBuf>,
    no_config: bool,
    select: &'a [String],
    ignore: &'a [String],
    stdin_filename: &'a Option<String>,
}

impl Session {
    fn new(c: Common<'_>) -> Result<Session, i32> {
        let lang = c.lang.map(Lang::from).unwrap_or_default();
        for sel in c.select.iter().chain(c.ignore) {
            if !catalog::is_selector(sel) || sel.starts_with("input") {
                say(
                    lang,
                    &format!("onbekende regel `{sel}` (zie `postlint rules`)"),
                    &format!("unknown rule `{sel}` (see `postlint rules`)"),
                );
                return Err(TROUBLE);
            }
        }
        let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
        let fixed = if c.no_config {
            Some(None)
        } else {
            c.config.as_ref().map(|p| Some(p.clone()))
        };
        let linters = Linters {
            cli: CheckOverrides {
                lang: c.lang.map(Lang::from),
                account: c.account.map(|a| match a {
                    AccountArg::Personal => Account::Personal,
                    AccountArg::Official => Account::Official,
                }),
                select: c.select.to_vec(),
                ignore: c.ignore.to_vec(),
            },
            cwd: cwd.clone(),
            cache: HashMap::new(),
            found: HashMap::new(),
            fixed,
        };
        Ok(Session {
            lang,
            cwd,
            linters,
            stdin_filename: c.stdin_filename.clone(),
            stdin_read: false,
            reported_configs: Default::default(),
            status: CLEAN,
        })
    }

    fn trouble(&mut self, nl: &str, en: &str) {
        say(self.lang, nl, en);
        self.status = TROUBLE;
    }

    fn cannot_read(&mut self, path: &Path, e: &std::io::Error) {
        self.trouble(
            &format!(
                "kan `{}` niet lezen: {}",
                path.display(),
                io_reason(e, Lang::Nl)
            ),
            &format!(
                "cannot read `{}`: {}",
                path.display(),
                io_reason(e, Lang::En)
            ),
        );
    }

    /// The message language of the whole report: command line, else the
    /// config that applies to the working directory.
    fn report_lang(&mut self) -> Lang {
        match self.linters.cli.lang {
            Some(l) => l,
            None => {
                let cwd = self.cwd.clone();
                self.linters
                    .for_dir(&cwd)
                    .map(|l| l.settings().lang)
                    .unwrap_or_default()
            }
        }
    }

    fn inputs(&mut self, paths: &[OsString]) -> Vec<Input> {
        let mut inputs = Vec::new();
        if paths.is_empty() {
            inputs.push(Input::Stdin);
        }
        for p in paths {
            if p == "-" {
                inputs.push(Input::Stdin);
                continue;
            }
            let path = PathBuf::from(p);
            match std::fs::metadata(&path) {
                Ok(m) if m.is_dir() => {
                    let walked = walk(&path, &mut inputs, self.lang);
                    self.status = self.status.max(walked);
                }
                Ok(_) => inputs.push(Input::File {
                    path,
                    walked: false,
                }),
                Err(e) => self.cannot_read(&path, &e),
            }
        }
        inputs
    }

    /// Read and decode an input; `None` when it was skipped or failed
    /// (already reported).
    fn load(&mut self, input: Input) -> Option<Loaded> {
        self.read(input).map(Pending::into_loaded)
    }

    /// Read an input and find its linter; `None` when it was skipped or
    /// failed (already reported).
    fn read(&mut self, input: Input) -> Option<Pending> {
        let (display, path, bytes, dir) = match input {
            Input::Stdin => {
                if std::mem::replace(&mut self.stdin_read, true) {
                    return None;
                }
                let mut bytes = Vec::new();
                if let Err(e) = std::io::stdin().lock().read_to_end(&mut bytes) {
                    self.trouble(
                        &format!("kan standaardinvoer niet lezen: {e}"),
                        &format!("cannot read standard input: {e}"),
                    );
                    return None;
                }
                if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
                    self.trouble(
                        "standaardinvoer is UTF-16; geef UTF-8",
                        "standard input is UTF-16; give UTF-8",
                    );
                    return None;
                }
                let name = self
                    .stdin_filename
                    .clone()
                    .unwrap_or_else(|| "-".to_string());
                let dir = self
                    .stdin_filename
                    .as_ref()
                    .and_then(|n| self.cwd.join(n).parent().map(Path::to_path_buf))
                    .unwrap_or_else(|| self.cwd.clone());
                (name, None, Source::Read(bytes), dir)
            }
            input @ Input::File { .. } => return self.read(input.prefetch()),
            Input::Read {
                path,
                walked,
                regular,
                bytes,
            } => {
                if !regular {
                    self.trouble(
                        &format!("`{}` is geen gewoon bestand", path.display()),
                        &format!("`{}` is not a regular file", path.display()),
                    );
                    return None;
                }
                let bytes = match bytes {
                    Ok(b) => b,
                    Err(e) => {
                        self.cannot_read(&path, &e);
                        return None;
                    }
                };
                if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
                    self.trouble(
                        &format!(
                            "`{}` is UTF-16; sla het op als UTF-8 en probeer opnieuw",
                            path.display()
                        ),
                        &format!(
                            "`{}` is UTF-16; save it as UTF-8 and try again",
                            path.display()
                        ),
                    );
                    return None;
                }
                if walked && bytes[..bytes.len().min(8192)].contains(&0) {
                    say(
                        self.lang,
                        &format!("`{}` overgeslagen: binair bestand", path.display()),
                        &format!("skipped `{}`: binary file", path.display()),
                    );
                    return None;
                }
                let abs = self.cwd.join(&path);
                let dir = abs
                    .parent()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| self.cwd.clone());
                (path.to_string_lossy().into_owned(), Some(path), bytes, dir)
            }
        };
        if bytes.len() > crate::normalize::MAX_TEXT {
            self.trouble(
                &format!("`{display}` is te groot (2 GiB of meer); niet gecontroleerd"),
                &format!("`{display}` is too large (2 GiB or more); not checked"),
            );
            return None;
        }
        let linter = match self.linters.for_dir(&dir) {
            Ok(l) => l,
            Err(e) => {
                if self.reported_configs.insert(e.path.clone()) {
                    let shown = e
                        .path
                        .strip_prefix(&self.cwd)
                        .unwrap_or(&e.path)
                        .display()
                        .to_string();
                    say(
                        self.lang,
                        &format!("ongeldige configuratie in {shown}: {}", e.message),
                        &format!("invalid config in {shown}: {}", e.message),
                    );
                }
                self.status = TROUBLE;
                return None;
            }
        };
        Some(Pending {
            display,
            path,
            bytes,
            linter,
        })
    }
}

/// A pool of `threads` threads (0 or none: one per core) when there is
/// work for more than one, else `None`: one input (an editor's save) needs
/// no pool, and starting one would only add to the time the editor waits.
fn pool(inputs: usize, threads: Option<usize>) -> Option<rayon::ThreadPool> {
    let threads = threads.unwrap_or(0);
    if inputs < 2 || threads == 1 {
        return None;
    }
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .ok()
}

/// Read every file input, on all cores when there are several; the order
/// of the inputs is kept.
fn prefetch_all(inputs: Vec<Input>, threads: Option<usize>) -> Vec<Input> {
    use rayon::prelude::*;
    match pool(inputs.len(), threads) {
        Some(pool) => pool.install(|| inputs.into_par_iter().map(Input::prefetch).collect()),
        None => inputs.into_iter().map(Input::prefetch).collect(),
    }
}

/// Decode and lint every input, in parallel when there are several.
fn lint_all(pending: Vec<Pending>, threads: Option<usize>) -> Vec<FileResult> {
    let one = |p: Pending| {
        let loaded = p.into_loaded();
        let diagnostics = loaded.linter.lint(&loaded.doc);
        FileResult {
            path: loaded.display,
            lang: loaded.linter.settings().lang,
            doc: loaded.doc,
            diagnostics,
        }
    };
    use rayon::prelude::*;
    match pool(pending.len(), threads) {
        Some(pool) => pool.install(|| pending.into_par_iter().map(one).collect()),
        None => pending.into_iter().map(one).collect(),
    }
}

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

fn check(args: CheckArgs) -> i32 {
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

fn fix(args: FixArgs) -> i32 {
    let mut session = match Session::new(common!(args)) {
        Ok(s) => s,
        Err(status) => return status,
    };
    let mut pending = false;
    for input in session.inputs(&args.paths) {
        let Some(loaded) = session.load(input) else {
            continue;
        };
        let diagnostics = loaded.linter.lint(&loaded.doc);
        let paragraph = crate::fix::statement(&loaded.doc, &diagnostics, loaded.linter.settings());
        let fixed = match crate::fix::apply(&loaded.doc, paragraph.as_deref()) {
            Ok(fixed) => fixed,
            Err(crate::fix::FixError::InvalidUtf8) => {
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
                    crate::mask::redact_findings(old, &diagnostics)
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

fn redact(args: RedactArgs) -> i32 {
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
    let out = crate::mask::redact_bytes(&raw, &diagnostics, loaded.linter.settings().lang);
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
