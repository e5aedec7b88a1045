#!/usr/bin/env python3
"""Turns scripts/bench.sh's results.tsv into the Markdown tables of docs/performance.md:
absolute times and peak memory per size, then the ratios the performance goals are stated in."""
import csv
import sys
from collections import defaultdict

# (ratio name, goal text, test on the value, the sizes the goal is stated for: None = all)
GOALS = {
    "check/floor": ("<= 10 at 10^6", lambda v: v <= 10, {1000000}),
    "build/floor": ("<= 25 at 10^6", lambda v: v <= 25, {1000000}),
    # Judged where the corpus, not the process's fixed start-up cost, dominates.
    "rebuild(1 file)/build": ("<= 0.10 from 10^5", lambda v: v <= 0.10, {100000, 1000000}),
    "check RSS/input": ("<= 8 from 10^5", lambda v: v <= 8, {100000, 1000000}),
    "argdown/check": (">= 50 at 10^5 (aim 100)", lambda v: v >= 50, {100000}),
    "check(n)/(10 check(n/10))": ("<= 2 from 10^5", lambda v: v <= 2, {1000000}),
}


def load(path):
    rows = defaultdict(dict)
    with open(path, newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            rows[int(row["size"])][row["name"]] = row
    return rows


def seconds(row, column="median_s"):
    if row is None:
        return None
    return float(row[column])


def cpu(row):
    return seconds(row, "cpu_s")


def fmt_time(value):
    if value is None:
        return "-"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def fmt_rss(row):
    return "-" if row is None else f"{int(row['peak_rss_kb']) / 1024:.0f} MB"


def cell(row):
    if row is None:
        return "-"
    text = f"{fmt_time(seconds(row))} ({fmt_time(cpu(row))}) / {fmt_rss(row)}"
    if row["exit"] != "0":
        text += f" (exit {row['exit']})"
    return text


def ratios(r, smaller, time):
    """The goal ratios of one size; `smaller` holds the rows of the size ten times smaller."""
    def t(row_set, name):
        return time(row_set.get(name)) if row_set is not None else None

    def div(a, b):
        return a / b if a and b else None

    check = t(r, "check")
    return {
        "check/floor": div(check, t(r, "floor")),
        "build/floor": div(t(r, "build"), t(r, "floor")),
        "rebuild(1 file)/build": div(t(r, "rebuild_one_file"), t(r, "build")),
        "check RSS/input": (int(r["check"]["peak_rss_kb"]) * 1024 / int(r["input_bytes"]["peak_rss_kb"])
                            if "check" in r else None),
        "argdown/check": div(t(r, "argdown"), check),
        "check(n)/(10 check(n/10))": div(check, 10 * t(smaller, "check")) if t(smaller, "check") else None,
    }


def main():
    rows = load(sys.argv[1])
    sizes = sorted(rows)
    names = [("floor", "floor `cat|wc -l`"), ("check", "`check`"), ("build", "`build`"),
             ("rebuild_unchanged", "rebuild, no change"), ("rebuild_one_file", "rebuild, 1 file edited"),
             ("report_matrix", "`report matrix`"), ("report_matrix_db", "`report matrix --db`"),
             ("argdown", "`argdown json`")]
    print("\nMedian wall time (mean CPU time, user + system) / peak RSS:\n")
    print("| stances | input | " + " | ".join(label for _, label in names) + " |")
    print("|---:|---:|" + "---:|" * len(names))
    for size in sizes:
        r = rows[size]
        mb = int(r["input_bytes"]["peak_rss_kb"]) / 1e6
        print(f"| {size:,} | {mb:.1f} MB | " + " | ".join(cell(r.get(name)) for name, _ in names) + " |")

    print("\nRatios of wall times, then of CPU times in parentheses (goal in brackets; ok / MISS where")
    print("the goal applies, judged on wall time):\n")
    print("| stances | " + " | ".join(f"{name} [{goal[0]}]" for name, goal in GOALS.items()) + " |")
    print("|---:|" + "---:|" * len(GOALS))
    previous = None
    for size in sizes:
        r = rows[size]
        smaller = rows[previous] if previous is not None and previous * 10 == size else None
        values, cpu_values = ratios(r, smaller, seconds), ratios(r, smaller, cpu)
        cells = []
        for name, (_, test, applies) in GOALS.items():
            value = values[name]
            if value is None:
                cells.append("-")
                continue
            text = f"{value:.3g}"
            if cpu_values[name] is not None and name != "check RSS/input":
                text += f" ({cpu_values[name]:.3g})"
            if applies is None or size in applies:
                text += " ok" if test(value) else " MISS"
            cells.append(text)
        print(f"| {size:,} | " + " | ".join(cells) + " |")
        previous = size


if __name__ == "__main__":
    main()
