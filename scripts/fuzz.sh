#!/usr/bin/env bash
# Builds the libFuzzer parser target (preset "fuzz": clang, ASan, UBSan) and fuzzes the parser
# for SECONDS seconds (default 60), starting from the seed corpus fuzz/corpus and the
# dictionary fuzz/claims.dict. Exits non-zero when the fuzzer finds a crash, a hang, a leak or
# runs out of memory; the input that did it is written to build/fuzz/findings/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target parse_fuzzer

work=fuzz/corpus-run   # inputs the fuzzer found interesting (not checked in)
findings=build/fuzz/findings
mkdir -p "$work" "$findings"
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
build/fuzz/fuzz/parse_fuzzer "$work" fuzz/corpus \
  -dict=fuzz/claims.dict \
  -max_total_time="$seconds" \
  -max_len=4096 \
  -timeout=10 \
  -rss_limit_mb=2048 \
  -artifact_prefix="$findings/" \
  -print_final_stats=1
