#!/usr/bin/env bash
# The table of docs/performance.md ("Scale: the goals"), in one run: each command that can be
# repeated three times (the median kept; STANCE_BENCH_RUNS sets how many), the rebuild after an
# edit once, timed to the microsecond (CPU time and peak memory from /usr/bin/time), then the resource
# cases of bench/scale_cases.py. Prints Markdown; corpora and outputs go to bench/out/rows/.
#
#   bench/scale_rows.sh [BUILD]        BUILD: a build folder with -DSTANCE_BUILD_BENCH=ON (default build-bench)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${1:-build-bench}
stance=$root/$build/stance
generate=$root/$build/bench/stance_generate
argdown=$root/bench/node_modules/.bin/argdown
out=$root/bench/out/rows
runs=${STANCE_BENCH_RUNS:-3}  # of each command that can be repeated
mkdir -p "$out"

# timed FILE COMMAND: runs COMMAND under /usr/bin/time and writes "WALL USER SYS RSS" to FILE.
# The wall time is taken around it to the microsecond: time's own %e counts in hundredths, a
# tenth of a check of 10^5 stances. Output goes to the caller's redirections; returns the status.
timed() {
  local file=$1 command=$2 start status=0
  start=$EPOCHREALTIME
  /usr/bin/time -f '%U %S %M' -o "$file" bash -c "$command" || status=$?
  printf '%.6f %s\n' "$(echo "$EPOCHREALTIME - $start" | bc)" "$(tail -1 "$file")" >"$file"
  return $status
}

# run NAME COMMAND: one run; prints "| NAME | wall | CPU | peak RSS | output |" and keeps the
# figures in $out/NAME.time.
run() {
  local name=$1 command=$2 status=0
  timed "$out/$name.time" "$command" >"$out/$name.stdout" 2>"$out/$name.stderr" || status=$?
  print_row "$name" "$(tail -1 "$out/$name.time")" "$(du -sh "$out/$name.stdout" | cut -f1)" "$status"
}

# median NAME COMMAND: $runs runs of a command that can be repeated (it changes nothing it
# reads), printed as one row: the run of median wall time. One run of a command of a tenth of a
# second moves by a fifth from one run to the next; the median of three is steadier, and both
# sides of a ratio (Argdown's too) are measured the same way.
median() {
  local name=$1 command=$2 status=0 i
  : >"$out/$name.runs"
  for ((i = 0; i < runs; i++)); do
    timed "$out/$name.try" "$command" >"$out/$name.stdout" 2>"$out/$name.stderr" || status=$?
    cat "$out/$name.try" >>"$out/$name.runs"
  done
  sort -n "$out/$name.runs" | sed -n "$(((runs + 1) / 2))p" >"$out/$name.time"
  print_row "$name (median of $runs)" "$(cat "$out/$name.time")" "$(du -sh "$out/$name.stdout" | cut -f1)" "$status"
}

# print_row NAME "WALL USER SYS RSS" OUTPUT STATUS
print_row() {
  local wall user sys rss
  read -r wall user sys rss <<<"$2"
  printf '| %s | %.3f s | %.2f s | %.0f MB | %s | %s |\n' "$1" "$wall" "$(echo "$user + $sys" | bc)" \
    "$(echo "$rss / 1024" | bc)" "$3" "$4"
}

# floor NAME COMMAND: the fastest of five runs, printed as one row.
floor() {
  local name=$1 command=$2 best="" try
  for _ in 1 2 3 4 5; do
    timed "$out/$name.try" "$command" >/dev/null 2>&1 || true
    try=$(cat "$out/$name.try")
    if [[ -z $best || $(echo "${try%% *} < ${best%% *}" | bc) == 1 ]]; then best=$try; fi
  done
  echo "$best" >"$out/$name.time"
  print_row "$name (fastest of 5)" "$best" - 0
}

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, stance $(git rev-parse --short HEAD), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| command | wall | CPU | peak RSS | stdout | exit |"
echo "|---|---:|---:|---:|---:|---:|"
for claims in 20000 100000; do
  dir=$out/c$claims
  "$generate" --stances 1000000 --claims "$claims" --out "$dir" >/dev/null
  cd "$dir"
  # The floor is the noisiest figure (the kernel's share of a read varies from run to run): the
  # fastest of five runs is kept, which makes every ratio to it the stricter.
  floor "floor-$claims" "cat claims/*.claims claims/sources/*.claims | wc -l"
  median "check-$claims" "$stance check claims"
  if [[ $claims == 20000 ]]; then
    # The same corpus as one file on one line (comments and the later `language` lines left
    # out, line breaks made spaces): what must stay linear when no line ends.
    (echo "language 1"; cat claims/experts.claims claims/claims.claims claims/sources/*.claims | grep -v -e '^#' -e '^language ') |
      tr '\n' ' ' >one-line.claims
    floor "floor-one-line" "cat one-line.claims | wc -c"
    median "check-one-line" "$stance check one-line.claims"
    rm one-line.claims
  fi
  median "build-$claims" "rm -f claims.db && $stance build claims --db claims.db"
  median "rebuild-nochange-$claims" "$stance build claims --db claims.db"
  sources=(claims/sources/*.claims)
  sed -i '0,/^\(  [a-z0-9]*\) asserts /s//\1 strongly asserts /' "${sources[0]}"
  run "rebuild-1file-$claims" "$stance build claims --db claims.db"
  # A copy of the store made durable: the least a rebuild writes when, as DESIGN.md has it, the
  # new store is a temporary file renamed over the old one (docs/performance.md, "Scale").
  median "store-copy-$claims" "cp claims.db copy.db && sync -d copy.db && rm copy.db"
  median "matrix-md-db-$claims" "$stance report matrix --format md --db claims.db"
  median "disagreements-db-$claims" "$stance report disagreements --db claims.db"
  if [[ $claims == 20000 ]]; then
    # Every report kind in the formats that stream, from the store: time and peak memory.
    for kind in matrix disagreements agreement contradictions evidence sources; do
      for format in text md csv json html; do
        median "report-$kind-$format-$claims" "$stance report $kind --format $format --db claims.db"
      done
    done
  fi
  cd "$root"
done
if [[ -x $argdown ]]; then
  dir=$out/argdown
  "$generate" --stances 100000 --argdown --out "$dir" >/dev/null
  median "check-100k" "$stance check $dir/claims"
  median "argdown-100k" "$argdown json $dir/argdown/corpus.argdown $dir/argdown-out"
fi
echo
python3 bench/scale_cases.py "$stance" --out "$out/cases"
