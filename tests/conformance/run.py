#!/usr/bin/env python3
"""Conformance runner: checks corpus models with cairn and compares with TLC's answers.

Usage: run.py CAIRN [--corpus DIR] [--max-seconds S] [--workers N ...] [--filter REGEX]
              [--timeout S] [--safety-only] [--jobs J]

For every row of CORPUS/models.json whose TLC time is at most --max-seconds (rows TLC
timed out on are skipped), runs
    cairn check MODULE.tla --config CFG --lib CORPUS/library --workers N --report-json R
and compares: the verdict (result); on success the distinct count and the depth; on a
safety or deadlock violation the trace length. Prints one line per model and a summary;
exits 1 if any model disagrees.
"""
import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile
import time


def compare(row, rep):
    why = []
    exp = row["tlc_result"]
    if rep.get("result") != exp:
        err = rep.get("error") or {}
        msg = (err.get("message") or "").splitlines()[0:1]
        return [f"result {rep.get('result')} (exit {rep.get('exit_code')}) != TLC {exp}"
                + (f": {err.get('file','')}:{err.get('line')}: {msg[0]}" if msg else "")]
    if exp == "success":
        if rep.get("distinct") != row["distinct"]:
            why.append(f"distinct {rep.get('distinct')} != {row['distinct']}")
        if rep.get("depth") != row["depth"]:
            why.append(f"depth {rep.get('depth')} != {row['depth']}")
    elif exp == "safety failure" or row.get("deadlock_reported"):
        if row.get("trace_length") is not None and rep.get("trace_length") != row["trace_length"]:
            why.append(f"trace_length {rep.get('trace_length')} != {row['trace_length']}")
    return why


def run_one(cairn, corpus, row, workers, timeout):
    spec = os.path.join(corpus, row["module"])
    cfg = os.path.join(corpus, row["path"])
    with tempfile.TemporaryDirectory() as tmp:
        rep_path = os.path.join(tmp, "r.json")
        cmd = [cairn, "check", spec, "--config", cfg, "--lib", os.path.join(corpus, "library"),
               "--workers", str(workers), "--report-json", rep_path, "--quiet"]
        t0 = time.time()
        try:
            # Run from the corpus root, as TLC was (some specs read files by paths
            # relative to it).
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=corpus)
        except subprocess.TimeoutExpired:
            return None, time.time() - t0, "timeout"
        dt = time.time() - t0
        if not os.path.exists(rep_path):
            tail = (p.stderr or p.stdout).strip().splitlines()[-1:] or [""]
            return None, dt, f"no report (exit {p.returncode}): {tail[0][:200]}"
        with open(rep_path) as f:
            return json.load(f), dt, None


def read_known_gaps(path):
    """The cfg paths of a known-gaps file (`#` comments), and those marked `workers=1 PATH`
    (the model's answer depends on the worker count: run with 1 worker only)."""
    known, single_worker = set(), set()
    if path:
        with open(path) as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line.startswith("workers=1 "):
                    single_worker.add(line.split(None, 1)[1])
                elif line:
                    known.add(line)
    return known, single_worker


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cairn")
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "corpus"))
    ap.add_argument("--max-seconds", type=float, default=1e9)
    ap.add_argument("--workers", type=int, nargs="+", default=[1])
    ap.add_argument("--filter", default="")
    ap.add_argument("--timeout", type=float, default=600)
    ap.add_argument("--safety-only", action="store_true")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--known-gaps", default=None,
                    help="file of cfg paths (one per line, '#' comments) whose disagreement "
                         "is known and explained in README; they are reported but do not fail")
    ap.add_argument("--skip-known", action="store_true",
                    help="do not run the models listed in --known-gaps (CI)")
    a = ap.parse_args()
    known, single_worker = read_known_gaps(a.known_gaps)
    corpus = os.path.abspath(a.corpus)
    a.cairn = os.path.abspath(a.cairn)
    with open(os.path.join(corpus, "models.json")) as f:
        rows = json.load(f)
    rows = [r for r in rows if r["tlc_result"] != "timeout" and (r.get("seconds") or 0) <= a.max_seconds
            and re.search(a.filter, r["path"])]
    if a.safety_only:
        rows = [r for r in rows if not r.get("has_liveness")]
    if a.skip_known:
        rows = [r for r in rows if r["path"] not in known]
    jobs = [(r, w) for r in rows for w in a.workers if w == 1 or r["path"] not in single_worker]
    agree = disagree = gaps = 0
    lines = []

    def task(rw):
        r, w = rw
        rep, dt, err = run_one(a.cairn, corpus, r, w, a.timeout)
        return r, w, rep, dt, err

    with concurrent.futures.ThreadPoolExecutor(max_workers=a.jobs) as ex:
        for r, w, rep, dt, err in ex.map(task, jobs):
            why = [err] if err else compare(r, rep)
            tlc = r.get("seconds") or 0
            ratio = f"{tlc / dt:.1f}x" if dt > 0 else "-"
            name = r["path"].replace("specifications/", "")
            if why and r["path"] in known:
                gaps += 1
                print(f"known    w={w} {name}: {'; '.join(why)} [{dt:.2f}s]", flush=True)
            elif why:
                disagree += 1
                print(f"DISAGREE w={w} {name}: {'; '.join(why)} [{dt:.2f}s]", flush=True)
            else:
                agree += 1
                print(f"agree    w={w} {name}: {r['tlc_result']} distinct={r.get('distinct')} "
                      f"[{dt:.2f}s vs TLC {tlc:.2f}s, {ratio}]", flush=True)
    total = agree + disagree + gaps
    print(f"summary: {agree}/{total} agree, {disagree} disagree, {gaps} known gaps")
    return 1 if disagree else 0


if __name__ == "__main__":
    sys.exit(main())
