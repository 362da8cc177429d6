//! The command line's arguments (clap), with their Dutch help.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use postlint::catalog::Lang;

pub const EXAMPLES: &str = "\
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
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub check: CheckArgs,
}

#[derive(Subcommand, Debug)]
pub enum Command {
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
pub enum Format {
    Human,
    Json,
    Sarif,
    Github,
    Line,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum LangArg {
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
pub enum AccountArg {
    Personal,
    Official,
}

#[derive(Args, Debug, Default)]
pub struct CheckArgs {
    /// Files or directories; `-` or nothing reads standard input.
    #[arg(value_name = "PATH")]
    pub paths: Vec<OsString>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: Option<Format>,
    /// Message language (default: config, else nl).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Account kind; `official` exempts posts from disclaimer/*.
    #[arg(long, value_enum)]
    pub account: Option<AccountArg>,
    /// Use this config file instead of looking for postlint.toml.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Ignore every postlint.toml.
    #[arg(long)]
    pub no_config: bool,
    /// Colour: auto (terminal and no NO_COLOR), always, never.
    #[arg(long, value_enum, default_value = "auto")]
    pub color: Option<ColorChoice>,
    /// Only these rules or families (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "RULE")]
    pub select: Vec<String>,
    /// Never these rules or families (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "RULE")]
    pub ignore: Vec<String>,
    /// Exit 1 on warnings too.
    #[arg(long)]
    pub deny_warnings: bool,
    /// Show personal data in clear (it is masked by default).
    #[arg(long)]
    pub show_matches: bool,
    /// Name for standard input (decides Markdown and where config is found).
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,
    /// Files linted at once (default or 0: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,
}

#[derive(Args, Debug)]
pub struct FixArgs {
    /// Files or directories; `-` or nothing reads standard input.
    #[arg(value_name = "PATH")]
    pub paths: Vec<OsString>,
    /// Change the files (atomically) instead of printing a diff; with
    /// standard input, print the fixed text.
    #[arg(long)]
    pub write: bool,
    /// Message language (default: config, else nl).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Account kind; `official` posts need no disclaimer.
    #[arg(long, value_enum)]
    pub account: Option<AccountArg>,
    /// Use this config file instead of looking for postlint.toml.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Ignore every postlint.toml.
    #[arg(long)]
    pub no_config: bool,
    /// Only these rules or families (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "RULE")]
    pub select: Vec<String>,
    /// Never these rules or families (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "RULE")]
    pub ignore: Vec<String>,
    /// Name for standard input (decides Markdown and where config is found).
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,
    /// Show personal data in the diff in clear (it is masked by default).
    #[arg(long)]
    pub show_matches: bool,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum ListFormat {
    Human,
    Json,
}

#[derive(Args, Debug)]
pub struct RedactArgs {
    /// A file; `-` or nothing reads standard input.
    #[arg(value_name = "PATH")]
    pub path: Option<OsString>,
    /// Placeholder language (default: config, else nl).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Use this config file instead of looking for postlint.toml.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Ignore every postlint.toml.
    #[arg(long)]
    pub no_config: bool,
    /// Name for standard input (decides Markdown and where config is found).
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,
}

#[derive(Args, Debug)]
pub struct RulesArgs {
    #[arg(long, value_enum, default_value = "human")]
    pub format: ListFormat,
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
}

#[derive(Args, Debug)]
pub struct ExplainArgs {
    /// Rule id, e.g. privacy/bsn.
    pub rule: String,
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
}
