#!/usr/bin/env bash
# Whole-process benchmarks: for each corpus size (stances), times the I/O floor, `stance check`,
# `stance build` (full, unchanged, and after a one-file edit), `stance report matrix` (from the
# claims files and from the store) and Argdown (`argdown json`) on the same content, with peak
# memory, and prints one table with the ratios the performance goals are stated in
# (docs/performance.md).
#
#   scripts/bench.sh [SIZES...]        default: 1000 10000 100000
#
# Environment: STANCE_BENCH_BUILD (build folder, default build-bench), ARGDOWN_MAX and REPORT_MAX
# (largest size Argdown and `report matrix` are run at, default 100000: the stance matrix has a
# cell per claim and expert, which at 10^6 stances takes minutes and gigabytes), BENCH_RUNS
# (hyperfine runs per command; default by size).
# Corpora, timings and the table go to bench/out/ (the table also to stdout).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${STANCE_BENCH_BUILD:-build-bench}
argdown_max=${ARGDOWN_MAX:-100000}
report_max=${REPORT_MAX:-100000}
sizes=("$@")
if [[ ${#sizes[@]} -eq 0 ]]; then sizes=(1000 10000 100000); fi
out=$root/bench/out
results=$out/results.tsv
mkdir -p "$out"

for tool in hyperfine /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "bench.sh: needs $tool" >&2; exit 1; }
done

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DSTANCE_BUILD_BENCH=ON -DSTANCE_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j2 --target stance stance_generate
stance=$root/$build/stance
generate=$root/$build/bench/stance_generate
argdown=$root/bench/node_modules/.bin/argdown
if [[ ! -x $argdown ]]; then
  (cd bench && npm ci --no-audit --no-fund >/dev/null) || echo "bench.sh: Argdown not installed; skipping it" >&2
fi

runs_for() {  # fewer runs for the slow sizes: the 2 cores are shared
  if [[ -n ${BENCH_RUNS:-} ]]; then echo "$BENCH_RUNS"; elif (($1 <= 10000)); then echo 10; elif (($1 <= 100000)); then echo 5; else echo 3; fi
}

# measure SIZE NAME COMMAND [PREPARE [RUNS]]: median wall time (hyperfine), then one more run
# under /usr/bin/time for the peak resident set and the exit status.
measure() {
  local size=$1 name=$2 command=$3 prepare=${4:-true}
  local json=$out/$size/$name.json runs
  runs=${5:-$(runs_for "$size")}
  echo ">> $size $name: $command" >&2
  hyperfine --style basic --runs "$runs" --warmup $((runs > 3 ? 1 : 0)) -i --prepare "$prepare" \
    --export-json "$json" "$command" >/dev/null 2>>"$out/hyperfine.log"
  bash -c "$prepare" >/dev/null 2>&1
  local status=0
  /usr/bin/time -f '%M' -o "$out/$size/$name.rss" bash -c "$command" >/dev/null 2>"$out/$size/$name.stderr" || status=$?
  local rss
  rss=$(tail -1 "$out/$size/$name.rss")
  python3 - "$json" "$size" "$name" "$rss" "$status" "$command" >>"$results" <<'EOF'
import json, statistics, sys
path, size, name, rss, status, command = sys.argv[1:]
result = json.load(open(path))["results"][0]
times = result["times"]
cpu = result["user"] + result["system"]  # means; robust where other jobs share the cores
print("\t".join([size, name, f"{statistics.median(times):.6f}", f"{min(times):.6f}", f"{cpu:.6f}",
                 str(len(times)), rss, status, command]))
EOF
}

printf 'size\tname\tmedian_s\tmin_s\tcpu_s\truns\tpeak_rss_kb\texit\tcommand\n' >"$results"
for size in "${sizes[@]}"; do
  dir=$out/$size
  mkdir -p "$dir"
  if [[ ! -f $dir/stamp || $generate -nt $dir/stamp ]]; then
    rm -rf "$dir/claims" "$dir/argdown" "$dir/claims.db"
    "$generate" --stances "$size" --out "$dir" --argdown | tee "$dir/stamp"
  fi
  claims=$dir/claims
  bytes=$(cat "$claims"/*.claims "$claims"/sources/*.claims | wc -c)
  printf '%s\tinput_bytes\t0\t0\t0\t0\t%s\t0\t%s\n' "$size" "$bytes" "cat | wc -c" >>"$results"
  db=$dir/claims.db

  measure "$size" floor "cat $claims/*.claims $claims/sources/*.claims | wc -l"
  measure "$size" check "$stance check $claims"
  measure "$size" build "$stance build $claims --db $db" "rm -f $db"
  # The store now exists: a rebuild with nothing changed, then after editing one source file
  # (each run turns one more `asserts` into `strongly asserts`, so every run sees a new hash).
  measure "$size" rebuild_unchanged "$stance build $claims --db $db"
  sources=("$claims"/sources/*.claims)
  edited=${sources[0]}
  cp "$edited" "$dir/edited.orig"
  measure "$size" rebuild_one_file "$stance build $claims --db $db" \
    "sed -i '0,/^\\(  [a-z0-9]*\\) asserts /s//\\1 strongly asserts /' $edited"
  cp "$dir/edited.orig" "$edited"
  if ((size <= report_max)); then
    measure "$size" report_matrix "$stance report matrix $claims"
    measure "$size" report_matrix_db "$stance report matrix --db $db"
  fi
  if [[ -x $argdown && $size -le $argdown_max ]]; then
    # Argdown takes seconds to minutes: 3 runs from 10^5.
    measure "$size" argdown "$argdown json $dir/argdown/corpus.argdown $dir/argdown-json" true \
      "$(( size >= 100000 ? 3 : $(runs_for "$size") ))"
  fi
done

{
  echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), stance $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "# scripts/bench.sh ${sizes[*]}"
  python3 bench/bench_table.py "$results"
} | tee "$out/table.md"
