#!/usr/bin/env bash
# Installs, builds and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --with-browser
cmake --preset release >/dev/null
cmake --build --preset release
ctest --preset release -j2
