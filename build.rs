//! Link the release binary as a position-dependent executable on Linux.
//!
//! A position-independent one has its ~20,000 pointers in static data
//! patched by the loader at every start, which writes (and so copies) about
//! a hundred pages: a third of the page faults of linting one short post.
//! Measured again on 2026-12-07 (docs/performance.md): a short post takes
//! 0.3–0.6 ms (5–10%) less. Test and debug builds keep the default.

fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let release = std::env::var("PROFILE").is_ok_and(|p| p == "release");
    if os == "linux" && release {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
