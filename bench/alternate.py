#!/usr/bin/env python3
"""Compares builds of stance on one command: each binary in turn, RUNS times, so that the
machine's drift (other work, the kernel's state) falls on all of them alike. Prints each
binary's median wall time (from a clock around the child), its fastest run and its median CPU
time (user + system, from wait4). Output of the command is discarded.

    bench/alternate.py [--runs N] BINARY... -- ARGUMENTS...

    bench/alternate.py --runs 15 old/stance build-bench/stance -- check bench/out/rows/argdown/claims
"""
import argparse
import os
import statistics
import subprocess
import sys
import time


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("binaries", nargs="+")
    argv = sys.argv[1:]
    if "--" not in argv:
        parser.error("give the command's arguments after --")
    split = argv.index("--")
    options = parser.parse_args(argv[:split])
    arguments = argv[split + 1:]

    wall = {b: [] for b in options.binaries}
    cpu = {b: [] for b in options.binaries}
    for _ in range(options.runs):
        for binary in options.binaries:
            start = time.perf_counter()
            child = subprocess.Popen([binary, *arguments], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(child.pid, 0)
            wall[binary].append(time.perf_counter() - start)
            cpu[binary].append(usage.ru_utime + usage.ru_stime)
            if os.waitstatus_to_exitcode(status) < 0:
                sys.exit(f"{binary} was killed by a signal")
    for binary in options.binaries:
        print(f"{binary}: wall median {statistics.median(wall[binary]) * 1000:.1f} ms "
              f"(fastest {min(wall[binary]) * 1000:.1f}), CPU median {statistics.median(cpu[binary]) * 1000:.1f} ms, "
              f"{options.runs} runs")


if __name__ == "__main__":
    main()
