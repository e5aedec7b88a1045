#!/usr/bin/env bash
# Prints every HTML report of the CSTO corpus with headless Chromium and reads the PDFs back with
# pdftotext: each report prints, and the printed stance matrix and agreement report hold every
# expert's name (the matrix's column heads, the last one included) and the matrix its last
# columns (Consensus, n), with claim ids on its rows and with claim text (--labels text). Skipped (77) where Chromium or pdftotext is not installed.
# Usage: print_reports.sh STANCE_BINARY SOURCE_DIR
set -euo pipefail
stance=$1
source_dir=$2
for tool in chromium pdftotext python3; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed: not printed"; exit 77; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$stance" report all "$source_dir/claims" -o "$work/reports"
"$stance" report matrix "$source_dir/claims" --labels text --format html -o "$work/reports/matrix-text.html"

print() {  # HTML file -> PDF beside it, with a fresh profile and no network
  local profile
  profile=$(mktemp -d "$work/profile.XXXXXX")
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" --no-pdf-header-footer \
    --print-to-pdf="${1%.html}.pdf" "file://$1" >/dev/null 2>&1
}

failed=0
for html in "$work"/reports/*.html; do
  print "$html"
  pdf=${html%.html}.pdf
  if [[ ! -s $pdf ]]; then echo "FAIL: $(basename "$html") did not print"; failed=1; continue; fi
  pdftotext "$pdf" "${html%.html}.txt"
done

# The experts that have a column in the matrix, by name, from its JSON form.
"$stance" report matrix "$source_dir/claims" --format json >"$work/matrix.json"
mapfile -t names < <(python3 -c '
import json, sys
for expert in json.load(open(sys.argv[1]))["experts"]:
    print(expert["name"] or expert["expert"])' "$work/matrix.json")
((${#names[@]} > 0)) || { echo "FAIL: no experts in the matrix"; exit 1; }

# pdftotext may break a long name over lines: compare with white space removed.
squeezed() { tr -d ' \n\t' <"$1"; }
for report in matrix matrix-text agreement; do
  text=$(squeezed "$work/reports/$report.txt")
  for name in "${names[@]}"; do
    [[ $text == *"${name// /}"* ]] || { echo "FAIL: $report.pdf lacks the expert '$name'"; failed=1; }
  done
done
for report in matrix matrix-text; do
  text=$(squeezed "$work/reports/$report.txt")
  for column in Consensus "${names[-1]// /}"; do
    [[ $text == *"$column"* ]] || { echo "FAIL: $report.pdf lacks the column '$column'"; failed=1; }
  done
done
exit $failed
