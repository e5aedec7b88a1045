#!/usr/bin/env bash
# Builds a libFuzzer target (preset "fuzz": clang, ASan, UBSan) and fuzzes it for SECONDS seconds
# (default 60). TARGET is `parse` (default: the claims parser, from the seed corpus fuzz/corpus
# and the dictionary fuzz/claims.dict), `format` (`stance fmt`'s formatter, from the same seeds,
# the CSTO corpus and the layout goldens), `bibtex` (the .bib reader, from tests/data/bibtex and
# claims/csto, whose csto.bib it holds, with fuzz/bibtex.dict) or `lsp` (the language server's
# message reader and dispatch, from fuzz/lsp-corpus). Exits non-zero when the fuzzer finds a
# crash, a hang, a leak or runs out of memory; the input that did it is written to
# build/fuzz/findings/.
#   scripts/fuzz.sh [SECONDS] [TARGET]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
target="${2:-parse}"
case "$target" in
  parse) seeds=(fuzz/corpus); extra=(-dict=fuzz/claims.dict) ;;
  format) seeds=(fuzz/corpus claims/csto tests/data/format); extra=(-dict=fuzz/claims.dict) ;;
  bibtex) seeds=(tests/data/bibtex claims/csto); extra=(-dict=fuzz/bibtex.dict) ;;
  lsp) seeds=(fuzz/lsp-corpus); extra=() ;;
  *) echo "fuzz.sh: unknown target '$target' (parse, format, bibtex or lsp)" >&2; exit 2 ;;
esac

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${target}_fuzzer"

work=fuzz/corpus-run/$target   # inputs the fuzzer found interesting (not checked in)
findings=build/fuzz/findings
mkdir -p "$work" "$findings"
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
"build/fuzz/fuzz/${target}_fuzzer" "$work" "${seeds[@]}" \
  "${extra[@]}" \
  -max_total_time="$seconds" \
  -max_len=4096 \
  -timeout=10 \
  -rss_limit_mb=2048 \
  -artifact_prefix="$findings/" \
  -print_final_stats=1
