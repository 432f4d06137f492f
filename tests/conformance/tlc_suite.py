#!/usr/bin/env python3
"""TLC regression-suite conformance: runs ../shared/tlc-suite/expected.json with cairn.

Usage: tlc_suite.py CAIRN [--suite DIR] [--workers N ...] [--filter REGEX] [--timeout S]
                    [--jobs J] [--verbose] [--known-gaps FILE]

Each spec is checked from the suite folder, as TLC's own tests run them:
    cairn check suite/X.tla [--config suite/X.cfg] --workers N --no-deadlock
Agreement: the same exit code and, on success, the same distinct count.
Prints one line per disagreement and a summary; exits 1 if any spec disagrees, except
the specs named in --known-gaps (one name per line, '#' comments: each with its reason),
which are reported as known; a known gap that agrees is reported too, so the list shrinks.
"""
import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile


def run_one(cairn, suite, row, workers, timeout):
    with tempfile.TemporaryDirectory() as tmp:
        rep_path = os.path.join(tmp, "r.json")
        cmd = [cairn, "check", row["tla"], "--workers", str(workers), "--no-deadlock",
               "--quiet", "--report-json", rep_path]
        if row.get("cfg"):
            cmd += ["--config", row["cfg"]]
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=suite)
        except subprocess.TimeoutExpired:
            return ["timeout"], ""
        out = (p.stdout + p.stderr).strip()
        why = []
        if p.returncode != row["tlc_exit_code"]:
            why.append(f"exit {p.returncode} != TLC {row['tlc_exit_code']}")
        elif row["tlc_exit_code"] == 0 and row.get("distinct") is not None:
            rep = {}
            if os.path.exists(rep_path):
                with open(rep_path) as f:
                    rep = json.load(f)
            if rep.get("distinct") != row["distinct"]:
                why.append(f"distinct {rep.get('distinct')} != TLC {row['distinct']}")
        if p.returncode < 0:
            why.append(f"killed by signal {-p.returncode}")
        return why, out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("cairn")
    ap.add_argument("--suite", default=os.path.join(here, "..", "..", "..", "shared", "tlc-suite"))
    ap.add_argument("--workers", type=int, nargs="+", default=[1])
    ap.add_argument("--filter", default="")
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--verbose", action="store_true", help="print cairn's output on a disagreement")
    ap.add_argument("--known-gaps", default=None)
    args = ap.parse_args()
    known = set()
    if args.known_gaps:
        with open(args.known_gaps) as f:
            known = {l.split("#")[0].strip() for l in f} - {""}
    cairn = os.path.abspath(args.cairn)
    with open(os.path.join(args.suite, "expected.json")) as f:
        rows = [r for r in json.load(f) if re.search(args.filter, r["name"])]
    jobs = [(r, w) for w in args.workers for r in rows]
    bad = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as ex:
        futs = {ex.submit(run_one, cairn, args.suite, r, w, args.timeout): (r, w) for r, w in jobs}
        results = {futs[f][0]["name"] + f"/{futs[f][1]}": f.result() for f in futs}
    for r, w in jobs:
        why, out = results[r["name"] + f"/{w}"]
        if why and r["name"] in known:
            print(f"known    {r['name']} (workers {w}): {'; '.join(why)}")
        elif why:
            bad += 1
            print(f"DISAGREE {r['name']} (workers {w}): {'; '.join(why)}")
            if args.verbose:
                for line in out.splitlines()[-6:]:
                    print(f"    | {line[:200]}")
        elif r["name"] in known:
            print(f"AGREES   {r['name']} (workers {w}) but is listed as a known gap: remove it")
    agree = sum(1 for r, w in jobs if not results[r["name"] + f"/{w}"][0])
    print(f"{agree}/{len(jobs)} agree with TLC ({bad} unexpected disagreements)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
