//! Smaller commands: shell completions and the help text's examples.

use std::process::Command;

fn run(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_postlint"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn completions_for_every_shell() {
    for (shell, marker) in [
        ("bash", "_postlint()"),
        ("zsh", "#compdef postlint"),
        ("fish", "complete -c postlint"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let (code, out) = run(&["completions", shell]);
        assert_eq!(code, 0, "{shell}");
        assert!(
            out.contains(marker),
            "{shell}: {}",
            &out[..out.len().min(200)]
        );
        assert!(
            out.contains("explain") && out.contains("show-matches"),
            "{shell}"
        );
    }
    assert_eq!(run(&["completions", "tcsh"]).0, 2);
}

#[test]
fn help_lists_examples_and_every_format() {
    let (code, out) = run(&["--help"]);
    assert_eq!(code, 0);
    for needle in [
        "Voorbeelden",
        "postlint explain privacy/bsn",
        "postlint lsp",
        "sarif",
        "github",
        "line",
    ] {
        assert!(out.contains(needle), "help lacks {needle}:\n{out}");
    }
}
