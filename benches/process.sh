#!/usr/bin/env bash
# Whole-process timings of the release binary, beside ripgrep as the floor.
#
#   benches/process.sh            # build, make the inputs, print the table
#   RUNS=20 benches/process.sh    # more runs per measurement
#   BASE=432c0ab benches/process.sh
#                                 # also the binary of that commit, side by
#                                 # side (built in target/bench-base/)
#
# Needs hyperfine, ripgrep and GNU time (Debian: apt-get install hyperfine
# ripgrep time). Inputs are generated under target/bench-data/ from files
# in this repository (tests/data/corpus/, fixtures/), so the figures can be
# reproduced on any machine. The ripgrep floor searches the same input for
# the union of the lexicons as fixed strings, case-insensitively: the least
# work any tool that looks for those words must do.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in hyperfine rg /usr/bin/time python3; do
    command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install hyperfine ripgrep time)" >&2; exit 2; }
done

RUNS=${RUNS:-10}
cargo build --release --quiet
BIN=$PWD/target/release/postlint
DATA=$PWD/target/bench-data
mkdir -p "$DATA"

# The binary of commit $BASE, built from a worktree of it, to compare with.
OLD=""
if [ -n "${BASE:-}" ]; then
    tree=$PWD/target/bench-base/$BASE
    if [ ! -d "$tree" ]; then
        git worktree add --detach "$tree" "$BASE" >/dev/null
    fi
    (cd "$tree" && CARGO_TARGET_DIR="$PWD/../target-$BASE" cargo build --release --quiet)
    OLD=$PWD/target/bench-base/target-$BASE/release/postlint
fi

python3 - "$DATA" <<'EOF'
import os, sys
data = sys.argv[1]
lines = [l.strip() for l in open('tests/data/corpus/nl-ud-alpino.txt', encoding='utf-8') if l.strip()]
drafts = [open(f'fixtures/{f}', encoding='utf-8').read() for f in ('leerling-bsn.txt', 'open-dag.txt', 'zomer.txt')]

# The union of the lexicons, one fixed string a line.
words = set()
for name in os.listdir('lexicons'):
    for line in open(f'lexicons/{name}', encoding='utf-8'):
        line = line.strip()
        if not line or line.startswith('#') or line.startswith('@'):
            continue
        cols = [c.strip() for c in line.split('|')]
        if name.startswith('decency-') and name not in ('decency-phrases.txt', 'decency-compounds.txt'):
            words.add(cols[0]); words.update(f.strip() for f in cols[1].split(',') if f.strip() not in ('', '-'))
        elif name == 'decency-compounds.txt':
            words.add(cols[0]); words.update(h.strip().rstrip('*') for h in cols[1].split(',') if h.strip())
        elif name == 'first-names.txt':
            words.add(cols[0])
with open(f'{data}/union.txt', 'w', encoding='utf-8') as f:
    f.write('\n'.join(sorted(w for w in words if w)) + '\n')

# One short post (about 600 bytes), as an editor sends it on save.
with open(f'{data}/short.md', 'w', encoding='utf-8') as f:
    f.write(open('fixtures/werkweek.md', encoding='utf-8').read())

# 10,000 posts of five sentences each; every 50th is one of the drafts.
os.makedirs(f'{data}/posts', exist_ok=True)
for i in range(10_000):
    text = drafts[i % 3] if i % 50 == 0 else ' '.join(lines[(i * 5 + k) % len(lines)] for k in range(5)) + '\n'
    with open(f'{data}/posts/p{i:05}.txt', 'w', encoding='utf-8') as f:
        f.write(text)

# One 100 MB file of prose with a draft now and then.
block = '\n'.join(lines) + '\n'
with open(f'{data}/big.txt', 'w', encoding='utf-8') as f:
    size, k = 0, 0
    while size < 100 * 1024 * 1024:
        part = block + drafts[k % 3] + '\n'
        f.write(part); size += len(part.encode()); k += 1
EOF

# Median wall time in milliseconds of a command (hyperfine, shell-free).
median_ms() {
    local json=$DATA/hyperfine.json
    hyperfine --runs "${MEDIAN_RUNS:-$RUNS}" --warmup 2 --ignore-failure --export-json "$json" "$@" >/dev/null 2>&1
    python3 -c "import json,sys; print('%.1f' % (json.load(open(sys.argv[1]))['results'][0]['median']*1000))" "$json"
}

# Peak resident set size in MB of one run.
peak_mb() {
    # postlint exits 1 when it finds errors: that is not a failure here.
    { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null || true; } | tail -1 | awk '{printf "%.1f", $1/1024}'
}

ratio() { python3 -c "import sys; print('%.2f' % (float(sys.argv[1])/float(sys.argv[2])))" "$1" "$2"; }

echo "machine: $(nproc) cores, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "postlint $("$BIN" --version | cut -d' ' -f2), $(rg --version | sed -n 1p), runs per figure: $RUNS, 300 for the short post (median)"
echo

# Every figure of one binary: sets short_net, short_rss, dir1, dir2,
# dir_rss, big_pl, big_rss (and the ripgrep ones, measured once).
measure() {
    local bin=$1
    # Standard input: hyperfine runs commands without a shell with -N, so
    # give the file through a tiny shell and measure the shell alone to
    # subtract it. A run takes milliseconds and the noise is of the same
    # order: take many.
    export MEDIAN_RUNS=$((RUNS > 300 ? RUNS : 300))
    local pl sh
    pl=$(median_ms "sh -c '$bin check --format json --stdin-filename x.md - < $DATA/short.md'")
    sh=$(median_ms "sh -c 'true < $DATA/short.md'")
    short_net=$(python3 -c "print('%.1f' % ($pl - $sh))")
    if [ -z "${short_rg_net:-}" ]; then
        local rg
        rg=$(median_ms "sh -c 'rg -c -i -F -f $DATA/union.txt - < $DATA/short.md'")
        short_rg_net=$(python3 -c "print('%.1f' % ($rg - $sh))")
    fi
    short_rss=$(peak_mb sh -c "$bin check --format json --stdin-filename x.md - < $DATA/short.md")
    unset MEDIAN_RUNS

    dir1=$(median_ms -N "$bin check --threads 1 --format json $DATA/posts")
    dir2=$(median_ms -N "$bin check --format json $DATA/posts")
    dir_rss=$(peak_mb "$bin" check --format json "$DATA/posts")
    big_pl=$(median_ms -N "$bin check --format json $DATA/big.txt")
    big_rss=$(peak_mb "$bin" check --format json "$DATA/big.txt")
}

dir_rg=$(median_ms -N "rg -c -i -F -f $DATA/union.txt $DATA/posts")
big_rg=$(median_ms -N "rg -c -i -F -f $DATA/union.txt $DATA/big.txt")
big_mb=$(python3 -c "import os; print('%.1f' % (os.path.getsize('$DATA/big.txt')/1048576))")

if [ -n "$OLD" ]; then
    # The old binary first, then the new one, in the same run.
    measure "$OLD"
    o=("$short_net" "$dir1" "$dir2" "$big_pl" "$short_rss" "$dir_rss" "$big_rss")
fi
measure "$BIN"
big_mbs=$(python3 -c "print('%.0f' % ($big_mb / ($big_pl / 1000)))")

printf '%-34s %12s %12s %8s %10s\n' "input" "postlint ms" "ripgrep ms" "ratio" "peak MB"
printf '%-34s %12s %12s %8s %10s\n' "short post via stdin (net of sh)" "$short_net" "$short_rg_net" "$(ratio "$short_net" "$short_rg_net")" "$short_rss"
printf '%-34s %12s %12s %8s %10s\n' "10,000 posts, 1 thread" "$dir1" "$dir_rg" "$(ratio "$dir1" "$dir_rg")" ""
printf '%-34s %12s %12s %8s %10s\n' "10,000 posts, all cores" "$dir2" "$dir_rg" "$(ratio "$dir2" "$dir_rg")" "$dir_rss"
printf '%-34s %12s %12s %8s %10s\n' "one ${big_mb} MB file" "$big_pl" "$big_rg" "$(ratio "$big_pl" "$big_rg")" "$big_rss"
echo
echo "scaling 1 -> $(nproc) threads on the posts: $(ratio "$dir1" "$dir2")x"
echo "throughput on the large file: ${big_mbs} MB/s; peak RSS $(ratio "$big_rss" "$big_mb")x the file size"
if [ -n "$OLD" ]; then
    echo
    echo "beside $BASE (ms; new / old, at most 1.25 allowed):"
    printf '%-34s %10s %10s %8s\n' "input" "$BASE" "now" "ratio"
    n=("$short_net" "$dir1" "$dir2" "$big_pl")
    names=("short post via stdin (net of sh)" "10,000 posts, 1 thread" "10,000 posts, all cores" "one ${big_mb} MB file")
    for k in 0 1 2 3; do
        printf '%-34s %10s %10s %8s\n' "${names[$k]}" "${o[$k]}" "${n[$k]}" "$(ratio "${n[$k]}" "${o[$k]}")"
    done
    echo "peak RSS (MB) $BASE / now: short ${o[4]} / $short_rss, posts ${o[5]} / $dir_rss, large file ${o[6]} / $big_rss"
fi
