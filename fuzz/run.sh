#!/usr/bin/env bash
# Run every fuzz target for a while (default 600 s each, two at a time).
# Works on the stable toolchain: RUSTC_BOOTSTRAP lets cargo-fuzz pass its
# instrumentation flags; without a sanitizer, panics are what it catches.
#   cargo install cargo-fuzz && fuzz/run.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-600}
export RUSTC_BOOTSTRAP=1
cargo fuzz build -s none
run() { cargo fuzz run -s none "$1" "fuzz/corpus/$1" -- -max_total_time="$secs" -rss_limit_mb=4096 -max_len=65536 > "fuzz/$1.log" 2>&1; }
run lint & run markdown & wait
run config & run normalize & wait
grep -h "Done\|SUMMARY\|panicked" fuzz/*.log || true
