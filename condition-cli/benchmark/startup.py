#!/usr/bin/env python3
"""Measures the start-up of the conditions command, as docs/performance.md reports it.

Every run is a new JVM ("cold" as a CI job starts it; the file cache is warm). The command lines
run in turns, one round at a time, so that load from other processes hits them alike; round 0 only
warms the file cache and is dropped. For each one it prints the median wall time, the fastest
and slowest run, the median CPU time (user + system) and the median peak resident memory, as a
Markdown table.

    python3 condition-cli/benchmark/startup.py [--rounds 11] [--before OLD.jar]
        [--self-contained DIR] [--portable DIR]

Run it from the repository's root after building (./conditions builds). --before adds the same
runs with an older build's jar (its lib/ folder beside it). --self-contained and --portable add
the launcher of an unpacked archive, conditions-VERSION-linux-x64.tar.gz or conditions-VERSION.zip
(DIR is the conditions-VERSION folder it holds). The 1,000 articles are copies of the
seed article with ids article-0 to article-999, written to a temporary folder.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time

SEED = "examples/conditions/nocturnal-leg-cramps.yaml"
JAR = "condition-cli/target/conditions.jar"
JSA = "condition-cli/target/conditions.jsa"


def run(command):
    """One run: wall seconds, peak RSS in KiB, exit code, CPU seconds."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    return wall, usage.ru_maxrss, os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime


def corpus(folder):
    with open(SEED, encoding="utf-8") as f:
        seed = f.read()
    for i in range(1000):
        with open(os.path.join(folder, f"article-{i}.yaml"), "w", encoding="utf-8") as f:
            f.write(seed.replace("id: nocturnal-leg-cramps", f"id: article-{i}"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument("--before", help="an older conditions.jar to compare with")
    parser.add_argument("--self-contained", help="an unpacked conditions-VERSION-linux-x64.tar.gz")
    parser.add_argument("--portable", help="an unpacked conditions-VERSION.zip")
    args = parser.parse_args()

    articles = tempfile.mkdtemp(prefix="conditions-1000-")
    corpus(articles)
    workloads = [
        ("validate one article", ["validate", SEED]),
        ("validate 1,000 articles", ["validate", articles]),
        ("--version", ["--version"]),
        ("rules", ["rules"]),
    ]
    commands = []
    if args.before:
        commands.append(("before: java -jar", ["java", "-jar", args.before], None))
    commands.append(("java -jar", ["java", "-jar", JAR], None))
    commands.append(("./conditions", ["./conditions"], None))
    if args.self_contained:
        commands.append(("self-contained archive", [os.path.join(args.self_contained, "bin", "conditions")], None))
    if args.portable:
        commands.append(("portable zip", [os.path.join(args.portable, "bin", "conditions")], None))
    # The first validate after a build also writes the class-data-sharing archive.
    commands.append(("./conditions, writing the archive",
                     ["bash", "-c", f'rm -f {JSA}; exec ./conditions "$@"', "conditions"], "validate"))

    results = {}
    try:
        for round_ in range(args.rounds + 1):
            for workload, workload_args in workloads:
                for name, prefix, only in commands:
                    if only and workload_args[0] != only:
                        continue
                    measured = run(prefix + workload_args)
                    if round_ > 0:
                        results.setdefault((workload, name), []).append(measured)
    finally:
        shutil.rmtree(articles)

    print("| command | run | median wall | fastest / slowest | median CPU | median peak RSS |")
    print("|---|---|---:|---:|---:|---:|")
    for workload, _ in workloads:
        for name, _, _ in commands:
            runs = results.get((workload, name))
            if not runs:
                continue
            walls = [r[0] for r in runs]
            codes = sorted({r[2] for r in runs})
            print(f"| {workload} | {name} | {statistics.median(walls):.2f} s | {min(walls):.2f} / {max(walls):.2f} s "
                  f"| {statistics.median(r[3] for r in runs):.2f} s | {statistics.median(r[1] for r in runs) / 1024:.0f} MB |"
                  + ("" if codes == [0] else f" exit codes {codes}"))


if __name__ == "__main__":
    main()
