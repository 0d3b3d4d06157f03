#!/usr/bin/python3
"""Runs maskgate on every case of CASES.tsv and compares its finding codes with the expected ones.

    /usr/bin/python3 check-cases.py [--jar PATH] [--update]

--jar     the runnable maskgate jar (default: cli/target/maskgate.jar of this repository; build it
          with `mvn -B -q -o -DskipTests package`)
--update  write the result into CASES.tsv (columns `today` and `differs`) and into the generated
          section of README.md; without it the script only prints the mismatches.

A case's verdict is the set of finding codes of `maskgate validate PATH [options] --format json`
(counts are shown, but only the set is compared). `expected` holds the codes the format rules ask
for ("none" = no finding at all, of any severity). Exit status: 0 when every case matches, 1 otherwise.
"""
import argparse
import csv
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, *[os.pardir] * 5))
BEGIN, END = "<!-- today:begin (written by check-cases.py --update) -->", "<!-- today:end -->"


def read_cases():
    with open(os.path.join(HERE, "CASES.tsv"), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def run(jar, case):
    options = [] if case["options"] in ("", "-") else case["options"].split()
    cmd = ["java", "-jar", jar, "validate", case["path"], *options, "--format", "json", "--no-progress", "-q"]
    p = subprocess.run(cmd, cwd=HERE, capture_output=True, text=True, timeout=600)
    try:
        report = json.loads(p.stdout)
    except json.JSONDecodeError:
        return None, "no JSON report (exit %d): %s" % (p.returncode, (p.stderr.strip().splitlines() or [""])[-1][:200])
    by_code = report["summary"]["byCode"]
    text = ", ".join("%s x%d" % (k, v) for k, v in sorted(by_code.items())) or "none"
    return set(by_code), text


def compare(expected, today):
    if today is None:
        return "yes: maskgate gave no report"
    missing, extra = sorted(expected - today), sorted(today - expected)
    if not missing and not extra:
        return "no"
    parts = (["missing " + " ".join(missing)] if missing else []) + (["unexpected " + " ".join(extra)] if extra else [])
    return "yes: " + "; ".join(parts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jar", default=os.path.join(REPO, "cli", "target", "maskgate.jar"))
    ap.add_argument("--update", action="store_true")
    args = ap.parse_args()
    cases = read_cases()
    for case in cases:
        expected = set() if case["expected"] == "none" else set(case["expected"].split(","))
        codes, text = run(args.jar, case)
        case["today"], case["differs"] = text, compare(expected, codes)
        print("%-36s %s" % (case["id"], "ok" if case["differs"] == "no" else case["differs"]), flush=True)
    bad = [c for c in cases if c["differs"] != "no"]
    table = ["| case | expected | maskgate today | difference |", "|---|---|---|---|"]
    table += ["| %s | %s | %s | %s |" % (c["id"], c["expected"].replace(",", ", "), c["today"], c["differs"][5:]) for c in bad]
    print("\n%d of %d cases differ from the expected verdict\n" % (len(bad), len(cases)))
    print("\n".join(table))
    if args.update:
        fields = list(cases[0].keys())
        with open(os.path.join(HERE, "CASES.tsv"), "w", encoding="utf-8", newline="\n") as f:
            for row in [dict(zip(fields, fields))] + cases:  # plain tab-separated: no field holds a tab
                f.write("\t".join(row[k] for k in fields) + "\n")
        readme = os.path.join(HERE, "README.md")
        with open(readme, encoding="utf-8") as f:
            text = f.read()
        head, rest = text.split(BEGIN)
        _, tail = rest.split(END)
        section = "\n%d of %d cases differ (maskgate at %s):\n\n%s\n" % (len(bad), len(cases), commit(), "\n".join(table))
        with open(readme, "w", encoding="utf-8") as f:
            f.write(head + BEGIN + section + END + tail)
    return 1 if bad else 0


def commit():
    """The last commit that changed anything but this corpus: the code the jar is built from."""
    p = subprocess.run(["git", "log", "-1", "--format=%h", "--", ".", ":(exclude)validator-core/src/test/resources/interop"],
                       cwd=REPO, capture_output=True, text=True)
    return "commit " + p.stdout.strip() if p.stdout.strip() else "an unknown commit"


if __name__ == "__main__":
    sys.exit(main())
