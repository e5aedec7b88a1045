#!/usr/bin/env bash
# The main job: install, build, check the CSTO corpus and write all its reports into reports/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
texts=()
if [[ -d ../shared/seeds ]]; then texts=(--texts ../shared/seeds); fi
build/release/stance check claims "${texts[@]}"
build/release/stance report all claims "${texts[@]}" -o reports
echo "reports written to reports/ (start with reports/index.html or reports/README.md)"
