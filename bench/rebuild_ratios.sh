#!/usr/bin/env bash
# Incremental builds as ratios of a full build (docs/store.md, "Incremental builds"): for each
# size, a full build, a rebuild with nothing changed and a rebuild after one source file was
# edited (one more `asserts` turned into `strongly asserts`), each run RUNS times (default 3);
# prints the medians of wall and CPU time and their ratios to the full build's. Corpora and
# stores go to bench/out/rebuild/.
#
#   bench/rebuild_ratios.sh [BUILD] [SIZES...]   BUILD: a build folder with -DSTANCE_BUILD_BENCH=ON
#                                                (default build-bench); SIZES default 100000
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${1:-build-bench}
shift || true
sizes=("$@")
if [[ ${#sizes[@]} -eq 0 ]]; then sizes=(100000); fi
runs=${RUNS:-3}
[[ $build == /* ]] || build=$root/$build
stance=$build/stance
generate=$build/bench/stance_generate
out=$root/bench/out/rebuild

# times COMMAND [PREPARE]: RUNS runs, prints "wall cpu" medians in seconds.
times() {
  local samples=()
  for ((i = 0; i < runs; i++)); do
    bash -c "${2:-true}"
    /usr/bin/time -f '%e %U %S' -o "$out/time" bash -c "$1" >/dev/null 2>&1
    samples+=("$(awk '{printf "%s %s", $1, $2 + $3}' "$out/time")")
  done
  printf '%s\n' "${samples[@]}" | python3 -c '
import statistics, sys
rows = [tuple(map(float, line.split())) for line in sys.stdin]
print(statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows))'
}

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, stance $(git rev-parse --short HEAD), load $(cut -d' ' -f1-3 /proc/loadavg), median of $runs"
echo
echo "| stances | full build | rebuild, no change | rebuild, 1 file edited | no change / full | 1 file / full |"
echo "|---:|---:|---:|---:|---:|---:|"
for size in "${sizes[@]}"; do
  dir=$out/$size
  mkdir -p "$dir"
  "$generate" --stances "$size" --out "$dir" >/dev/null
  db=$dir/claims.db
  edited=$(find "$dir/claims/sources" -name '*.claims' | sort | sed -n 1p)
  read -r full_wall full_cpu < <(times "$stance build $dir/claims --db $db" "rm -f $db")
  read -r same_wall same_cpu < <(times "$stance build $dir/claims --db $db")
  read -r one_wall one_cpu < <(times "$stance build $dir/claims --db $db" \
    "sed -i '0,/^\\(  [a-z0-9]*\\) asserts /s//\\1 strongly asserts /' $edited")
  python3 - "$size" "$full_wall" "$full_cpu" "$same_wall" "$same_cpu" "$one_wall" "$one_cpu" <<'PY'
import sys
n, fw, fc, sw, sc, ow, oc = sys.argv[1], *map(float, sys.argv[2:])
cell = lambda w, c: f"{w:.3f} s ({c:.3f} s CPU)"
ratio = lambda a, b, c, d: f"{100 * a / b:.1f}% ({100 * c / d:.1f}% CPU)"
print(f"| {int(n):,} | {cell(fw, fc)} | {cell(sw, sc)} | {cell(ow, oc)} | {ratio(sw, fw, sc, fc)} | {ratio(ow, fw, oc, fc)} |")
PY
done
