//! Thin binary: argument parsing and process exit live in `postlint::cli`.

fn main() {
    std::process::exit(postlint::cli::main());
}
