//! Link the binary as a position-dependent executable on Linux.
//!
//! A position-independent one has its ~20,000 pointers in static data
//! patched by the loader at every start, which writes (and so copies) about
//! a hundred pages: a third of the page faults of linting one short post.

fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if os == "linux" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
