#!/usr/bin/env python3
"""The resource cases of docs/performance.md as regression benchmarks: inputs that once cost
quadratic time or unbounded output, each run at doubling sizes, with the CPU time, peak memory
and output size of each run and the growth from the size before (about 2 for a doubling when
the cost is linear, 4 when it is quadratic). Nothing here is a test: it prints numbers.

    bench/scale_cases.py STANCE [--out DIR] [--case NAME ...] [--sizes-scale K]
"""
import argparse
import os
import shutil
import subprocess
import sys
import time


def one_line(n):
    """`check` of one line holding n stances (and their claims): the column of each stance
    must not be counted from the line's start."""
    claims = " ".join(f'claim c{i} "C {i}."' for i in range(n))
    stances = " ".join(f"e asserts c{i}" for i in range(n))
    return {"one.claims": f'source s "S" expert e "E" {claims} from s {{ {stances} }}\n'}


def long_line_errors(n):
    """n errors on one long line: each diagnostic shows a window of the line, not all of it."""
    stances = " ".join(f"e asserts unknown{i}" for i in range(n))
    return {"errors.claims": f'source s "S" expert e "E" claim c "C." from s {{ {stances} }}\n'}


def long_prefix_suggestions(n):
    """n references to unknown claims among n claims whose ids share a 1,000-byte prefix:
    "did you mean" must bound its cost by the ids' length too."""
    prefix = "p" * 1000
    claims = "\n".join(f'claim {prefix}.c{i} "C {i}."' for i in range(n))
    stances = "\n".join(f"  e asserts {prefix}.x{i}" for i in range(n))
    return {"prefix.claims": f'source s "S"\nexpert e "E"\n{claims}\nfrom s {{\n{stances}\n}}\n'}


def one_expert_report_all(n):
    """`report all` for one expert with n claims: each claim page must not scan every stance."""
    claims = "\n".join(f'claim c{i} "C {i}."' for i in range(n))
    stances = "\n".join(f"  e asserts c{i}" for i in range(n))
    return {"one.claims": f'source s "S"\nexpert e "E"\n{claims}\nfrom s {{\n{stances}\n}}\n'}


def experts_on_one_claim(n):
    """`report agreement` for n experts on one claim (alternately asserting and denying it): n^2/2
    pairs that share that claim alone; memory must stay bounded and the report readable."""
    experts = "\n".join(f'expert e{i} "E {i}"' for i in range(n))
    stances = "\n".join(f"  e{i} {'asserts' if i % 3 else 'denies'} c" for i in range(n))
    return {"one.claims": f'source s "S"\nclaim c "C."\n{experts}\nfrom s {{\n{stances}\n}}\n'}


def sources_in_matrix(n):
    """`report matrix --format tex` of n stances (250 experts by n/250 claims), each from a source
    of its own: the caption cites each of the n sources once, found without a search of those
    cited so far."""
    experts = 250
    claims = n // experts
    parts = [f'expert e{j} "E {j}"' for j in range(experts)] + [f'claim c{k} "C {k}."' for k in range(claims)]
    for i in range(experts * claims):
        parts.append(f'source s{i} "S {i}"\nfrom s{i} {{ e{i % experts} asserts c{i // experts} }}')
    return {"grid.claims": "\n".join(parts) + "\n"}


# name: (input generator, sizes, command after the stance binary; {dir} is the input folder)
CASES = {
    "one-line-check": (one_line, [10000, 20000, 40000, 80000], ["check", "{dir}"]),
    "long-line-diagnostics": (long_line_errors, [1000, 2000, 4000, 8000], ["check", "{dir}"]),
    "long-prefix-suggestions": (long_prefix_suggestions, [250, 500, 1000, 2000], ["check", "{dir}"]),
    "report-all-one-expert": (one_expert_report_all, [5000, 10000, 20000, 40000],
                              ["report", "all", "{dir}", "-o", "{dir}/../reports"]),
    "agreement-one-claim": (experts_on_one_claim, [625, 1250, 2500, 5000], ["report", "agreement", "{dir}"]),
    "report-all-one-claim": (experts_on_one_claim, [625, 1250, 2500, 5000],
                             ["report", "all", "{dir}", "-o", "{dir}/../reports"]),
    # The evidence report groups each side of the claim by expert (tens of thousands of experts on
    # one side), and its analysis leaves out the n^2/2 pairs of the agreement, which it never reads.
    "evidence-one-claim": (experts_on_one_claim, [20000, 40000, 80000, 160000], ["report", "evidence", "{dir}"]),
    # A claim's page reads only the camps' order of its experts, which above max_clustered_experts
    # (4096) needs no pair; an expert's page reads that expert's n - 1 pairs, not the n^2/2.
    "claim-page-one-claim": (experts_on_one_claim, [5000, 10000, 20000, 40000], ["report", "claim", "c", "{dir}"]),
    "expert-page-one-claim": (experts_on_one_claim, [5000, 10000, 20000, 40000],
                              ["report", "expert", "e0", "{dir}"]),
    "tex-matrix-sources": (sources_in_matrix, [12500, 25000, 50000, 100000],
                           ["report", "matrix", "--format", "tex", "{dir}"]),
}


def run(stance, command, folder):
    args = [stance] + [a.replace("{dir}", folder) for a in command]
    output = os.path.join(os.path.dirname(folder), "output")
    start = time.monotonic()
    with open(output, "wb") as out:
        process = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024,
            "output": os.path.getsize(output) + folder_size(os.path.join(os.path.dirname(folder), "reports")),
            "exit": os.waitstatus_to_exitcode(status)}


def folder_size(folder):
    """What a command wrote into a folder (`report all -o`), beside what it printed."""
    return sum(os.path.getsize(os.path.join(root, name)) for root, _, names in os.walk(folder) for name in names)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stance")
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "out", "scale"))
    parser.add_argument("--case", action="append", choices=sorted(CASES))
    parser.add_argument("--sizes-scale", type=float, default=1.0, help="multiply every size (e.g. 0.1 for a quick run)")
    options = parser.parse_args()
    stance = os.path.abspath(options.stance)
    print("| case | n | input | CPU time | growth | peak RSS | output (printed and written) | exit |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name in options.case or CASES:
        generate, sizes, command = CASES[name]
        previous = None
        for size in sizes:
            n = max(1, int(size * options.sizes_scale))
            folder = os.path.join(options.out, name, str(n), "claims")
            shutil.rmtree(os.path.dirname(folder), ignore_errors=True)
            os.makedirs(folder)
            input_bytes = 0
            for file, text in generate(n).items():
                with open(os.path.join(folder, file), "w") as f:
                    f.write(text)
                input_bytes += len(text.encode())
            result = run(stance, command, folder)
            growth = f"{result['cpu'] / previous:.2f}" if previous else ""
            previous = max(result["cpu"], 1e-3)
            print(f"| {name} | {n} | {input_bytes / 1e6:.2f} MB | {result['cpu']:.2f} s | {growth} | "
                  f"{result['rss_mb']:.0f} MB | {result['output'] / 1e6:.2f} MB | {result['exit']} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
