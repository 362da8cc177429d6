//! The `postlint` command: arguments, commands, reading inputs and
//! printing reports, over the library (`postlint`), which does no I/O in
//! its rules.

mod args;
mod commands;
mod inputs;

use std::io::Write;

use clap::Parser;
use postlint::catalog::Lang;

use args::{Cli, Command};

fn main() {
    std::process::exit(run());
}

/// Exit statuses of SPEC §4.
const CLEAN: i32 = 0;
const FINDINGS: i32 = 1;
const TROUBLE: i32 = 2;

/// Run the command line; returns the exit status.
fn run() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { TROUBLE } else { CLEAN };
        }
    };
    match cli.command {
        Some(Command::Check(args)) => commands::check(args),
        Some(Command::Rules(args)) => commands::rules(args),
        Some(Command::Explain(args)) => commands::explain(args),
        Some(Command::Fix(args)) => commands::fix(args),
        Some(Command::Redact(args)) => commands::redact(args),
        Some(Command::Lsp) => postlint::lsp::run(),
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
        None => commands::check(cli.check),
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
