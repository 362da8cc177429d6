#!/usr/bin/env bash
# Runs the postlint hook under the real pre-commit tool: installs pre-commit
# from PyPI in a throw-away virtual environment, points a scratch repository
# at this checkout (its committed HEAD), and shows the hook failing on a bad
# draft and passing on a good one. Needs python3, git, cargo and network
# access to PyPI and crates.io. Takes a few minutes (pre-commit builds
# postlint with `cargo install`).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
rev=$(git -C "$repo" rev-parse HEAD)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet pre-commit
export PRE_COMMIT_HOME="$work/cache"
mkdir "$work/drafts" && cd "$work/drafts"
git init --quiet
git config user.email ci@example.invalid
git config user.name ci
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $repo
    rev: $rev
    hooks:
      - id: postlint
YAML
printf 'Kut, wat een dag. BSN 123456782.\n' > slecht.txt
printf 'Mooie dag vandaag, de zon scheen.\n' > goed.md
git add .pre-commit-config.yaml slecht.txt goed.md
if "$work/venv/bin/pre-commit" run --files slecht.txt; then
    echo "FAIL: the hook passed a bad draft" >&2
    exit 1
fi
echo "ok: the hook rejected slecht.txt"
"$work/venv/bin/pre-commit" run --files goed.md
echo "ok: the hook passed goed.md"
