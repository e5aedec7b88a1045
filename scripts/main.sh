#!/usr/bin/env bash
# The main job: install, build, check the CSTO corpus and write all its reports into reports/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
texts=()
if [[ -d ../shared/seeds ]]; then texts=(--texts ../shared/seeds); fi
# The corpus's bibliography, as a reference manager exports it: the sources cite its keys.
bib=(--bib claims/csto/csto.bib)
# Strict: a warning, or a quote not found in (or not checked for want of) its text, fails.
build/release/stance check claims --strict "${texts[@]:---no-texts}" "${bib[@]}"
build/release/stance report all claims "${texts[@]}" "${bib[@]}" -o reports
echo "reports written to reports/ (start with reports/index.html or reports/README.md)"
