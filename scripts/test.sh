#!/usr/bin/env bash
# Installs, builds and runs every test: bounded fuzzing runs of the claims parser
# (STANCE_FUZZ_SECONDS, default 60; 0 skips them) and of the BibTeX reader (half as long), then
# the GoogleTest suite through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --with-browser
# The Argdown CLI (pinned in bench/package-lock.json) reads the argdown export back in the tests.
if [[ ! -x bench/node_modules/.bin/argdown ]] && command -v npm >/dev/null; then
  (cd bench && npm ci --no-audit --no-fund >/dev/null)
fi
seconds="${STANCE_FUZZ_SECONDS:-60}"
if ((seconds > 0)); then bash scripts/fuzz.sh "$seconds"; fi
if ((seconds / 2 > 0)); then bash scripts/fuzz.sh "$((seconds / 2))" bibtex; fi
cmake --preset release >/dev/null
cmake --build --preset release
ctest --preset release -j2
