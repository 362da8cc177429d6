//! Runs the real binary on the drafts in `fixtures/` and on the cases in
//! `tests/cmd/`: each `<case>.toml` gives the arguments and exit status,
//! `<case>.stdout`/`.stderr` the exact expected output, `<case>.stdin` the
//! standard input and `<case>.in/` a folder to run in.
//!
//! After a deliberate change of output: `TRYCMD=overwrite cargo test --test cli`,
//! then review the diff like code.

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .register_bin(
            "postlint",
            std::path::Path::new(env!("CARGO_BIN_EXE_postlint")),
        )
        .default_bin_name("postlint")
        .env("NO_COLOR", "1")
        .case("tests/cmd/*.toml");
}
