//! No output format prints a caught value, a letter of a caught name, nor
//! a run of six or more of its digits, unless `--show-matches` is given: a
//! CI log must not spread what the check caught.

use std::process::Command;

const VALUES: &[&str] = &[
    // A name shows none of its letters: neither whole nor in part.
    "Noor Bakker",
    "Noor",
    "Bakker",
    "No•",
    "•er",
    "204517",
    "Kerklaan 14",
    "2406 AB",
    "4 oktober 2012",
    "123456782",
    "noor.bakker@gmail.com",
    "06-48213377",
    "NL91 ABNA 0417 1643 00",
    "5505 5613 0445 1669",
    "Welkom2025!",
];

fn run(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_postlint"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures"))
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Runs of six or more digits of a value ("0417164300" from the IBAN).
fn digit_runs(value: &str) -> Vec<String> {
    let digits: String = value.chars().filter(char::is_ascii_digit).collect();
    if digits.len() < 6 {
        Vec::new()
    } else {
        (0..=digits.len() - 6)
            .map(|i| digits[i..i + 6].to_string())
            .collect()
    }
}

fn assert_clean(format: &str, output: &str) {
    for v in VALUES {
        assert!(!output.contains(v), "{format} prints {v:?}:\n{output}");
        for run in digit_runs(v) {
            assert!(
                !output_has_digit_run(output, &run),
                "{format} prints digits {run} of {v:?}:\n{output}"
            );
        }
    }
}

/// Whether `run` appears in `output` as consecutive digits, allowing the
/// separators people write numbers with.
fn output_has_digit_run(output: &str, run: &str) -> bool {
    let chars: Vec<char> = output.chars().collect();
    for start in 0..chars.len() {
        let mut i = start;
        let mut matched = 0;
        for want in run.chars() {
            while i < chars.len() && matched > 0 && matches!(chars[i], ' ' | '-' | '.' | '/') {
                i += 1;
            }
            if i < chars.len() && chars[i] == want {
                matched += 1;
                i += 1;
            } else {
                break;
            }
        }
        if matched == run.len() {
            return true;
        }
    }
    false
}

#[test]
fn every_format_masks_personal_data() {
    for format in ["human", "json", "sarif", "github", "line"] {
        let out = run(&["check", "--format", format, "lekken.md"]);
        assert!(out.contains("privacy/"), "{format} found nothing:\n{out}");
        assert_clean(format, &out);
    }
    assert_clean("fix", &run(&["fix", "lekken.md"]));
    let explained = run(&["check", "--format", "json", "--show-matches", "lekken.md"]);
    assert!(
        explained.contains("123456782") && explained.contains("noor.bakker@gmail.com"),
        "--show-matches shows values"
    );
}

#[test]
fn redact_replaces_values_and_keeps_everything_else() {
    let out = run(&["redact", "lekken.md"]);
    assert_clean("redact", &out);
    for placeholder in [
        "[BSN]",
        "[IBAN]",
        "[E-MAIL]",
        "[TELEFOON]",
        "[ADRES]",
        "[GEBOORTEDATUM]",
        "[LEERLINGNUMMER]",
        "[BETAALKAART]",
        "[WACHTWOORD]",
        "[NAAM]",
    ] {
        assert!(out.contains(placeholder), "no {placeholder} in:\n{out}");
    }
    assert!(
        out.starts_with("# Gegevens van de nieuwe leerling\n"),
        "{out}"
    );
}
