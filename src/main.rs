//! Thin binary: argument parsing and process exit live in `postlint::cli`.

// Building patterns allocates many small objects; mimalloc serves them in
// about half the time of the system allocator (docs/performance.md).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(postlint::cli::main());
}
