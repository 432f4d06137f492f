#!/usr/bin/env python3
"""End-to-end check of the teaching specs.

Usage: run_specs.py PATH-TO-CAIRN SPECS-DIR [FILTER-REGEX]

Every folder SPECS-DIR/<name>/ with an `expected.json` is one spec, or one lesson of the
course (specs/README.md) when expected.json holds a list of such objects, one per run
(the buggy design and its fixed version, or one model per cfg):

    {"module": "BankTransfer",          # main module: <name>/BankTransfer.tla
     "role": "buggy",                   # optional, shown in the output: buggy or fixed
     "config": "BankTransfer.cfg",      # optional; default: cairn's (the .cfg beside it)
     "args": ["--no-deadlock"],         # optional extra arguments (list or string)
     "result": "safety failure", "exit_code": 12,
     "distinct": 15, "depth": 5, "trace_length": 5,   # trace_length for violations
     "generated": 21,                   # optional
     "violation": "MoneyConserved",     # optional: report["violation"]["name"]
     "command": "simulate",             # optional: `cairn simulate` instead of `cairn check`
     "simulation": {"shrunk_length": 5}}   # optional: keys of report["simulation"]

The spec is checked twice, `cairn check <module>.tla --workers 1 --report-json R` and
again with `--workers 2`, and the report's result, exit_code, distinct, depth,
trace_length (if expected) and generated (if expected) are compared. A simulation gives
the same answer with any number of workers (README "Simulation as testing"), so both of
its runs compare everything expected.

With several workers TLC's own statistics at an error depend on timing (the search is
only approximately breadth-first), so for a run that stops at a violation the 2-worker
run compares only result, exit_code and trace_length, unless expected.json says
"parallel_exact": true. Runs that explore the whole graph compare everything.
Prints one line per spec (and the differences); exits non-zero on any mismatch.
"""

import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

TIMEOUT_S = 300
WORKERS = (1, 2)


def load_expected(path):
    """Returns the list of runs expected.json describes (an object is a list of one)."""
    with open(path, encoding="utf-8") as f:
        exp = json.load(f)
    runs = exp if isinstance(exp, list) else [exp]
    if not runs:
        raise ValueError("expected.json holds an empty list")
    for run in runs:
        if not isinstance(run, dict):
            raise ValueError("expected.json must hold an object or a list of objects")
        for key in ("module", "result", "exit_code"):
            if key not in run:
                raise ValueError(f"expected.json lacks {key!r}")
        if run.get("command", "check") not in ("check", "simulate"):
            raise ValueError(f"unknown command {run['command']!r}")
    return runs


def keys_to_compare(exp, workers):
    keys = ["result", "exit_code", "distinct", "depth", "trace_length", "generated"]
    keys = [k for k in keys if k in exp]
    stops_early = exp["result"] != "success"
    if exp.get("command") == "simulate":
        return keys
    if workers > 1 and stops_early and not exp.get("parallel_exact", False):
        keys = [k for k in keys if k in ("result", "exit_code", "trace_length")]
    return keys


def run_spec(cairn, folder, exp, workers):
    """Returns (list of mismatch messages, command string, stderr text)."""
    module = exp["module"]
    tla = module + ".tla"
    args = exp.get("args", [])
    if isinstance(args, str):
        args = shlex.split(args)
    with tempfile.TemporaryDirectory(prefix="cairn-specs-") as tmp:
        report_path = os.path.join(tmp, "report.json")
        cmd = [cairn, exp.get("command", "check"), tla, "--workers", str(workers), "--report-json", report_path]
        if "config" in exp:
            cmd += ["--config", exp["config"]]
        cmd += args
        shown = f"(cd {folder} && {shlex.join(cmd)})"
        try:
            proc = subprocess.run(cmd, cwd=folder, capture_output=True, timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            return [f"timed out after {TIMEOUT_S}s"], shown, ""
        except OSError as e:
            return [f"cannot run cairn: {e}"], shown, ""
        err = proc.stderr.decode("utf-8", "replace")
        report = None
        problems = []
        if os.path.exists(report_path):
            try:
                with open(report_path, encoding="utf-8") as f:
                    report = json.load(f)
            except (OSError, ValueError) as e:
                problems.append(f"unreadable report: {e}")
        else:
            problems.append("no --report-json report written")
        if proc.returncode != exp["exit_code"]:
            problems.append(f"process exit status: expected {exp['exit_code']}, got {proc.returncode}")
        if report is not None:
            for k in keys_to_compare(exp, workers):
                got = report.get(k, "<missing>")
                if got != exp[k]:
                    problems.append(f"{k}: expected {exp[k]!r}, got {got!r}")
            sim = report.get("simulation") or {}
            for k, want in exp.get("simulation", {}).items():
                got = sim.get(k, "<missing>")
                if got != want:
                    problems.append(f"simulation.{k}: expected {want!r}, got {got!r}")
            if "violation" in exp:
                v = report.get("violation")
                got = v.get("name") if isinstance(v, dict) else None
                if got != exp["violation"]:
                    problems.append(f"violation: expected {exp['violation']!r}, got {got!r}")
        return problems, shown, err


def check_run(cairn, folder, name, exp, several):
    """Runs one expected run with each worker count; prints its line; returns success."""
    label = name
    if several:
        label += f"/{exp['module']}"
        if "config" in exp:
            label += f" ({exp['config']})"
        if "role" in exp:
            label += f" [{exp['role']}]"
    if not os.path.isfile(os.path.join(folder, exp["module"] + ".tla")):
        print(f"FAIL {label}: no {exp['module']}.tla")
        return False
    lines = []
    for w in WORKERS:
        problems, shown, err = run_spec(cairn, folder, exp, w)
        if problems:
            lines.append(f"  workers={w}: {shown}")
            lines += [f"    {p}" for p in problems]
            if err.strip():
                lines += ["    | " + l for l in err.strip().splitlines()[-15:]]
    summary = f"{exp['result']}, exit {exp['exit_code']}"
    for k in ("distinct", "depth", "trace_length"):
        if k in exp:
            summary += f", {k} {exp[k]}"
    if lines:
        print(f"FAIL {label} (expected {summary})")
        print("\n".join(lines))
        return False
    print(f"PASS {label} ({summary}; workers {', '.join(map(str, WORKERS))})")
    return True


def main(argv):
    if len(argv) not in (3, 4):
        print(__doc__, file=sys.stderr)
        return 2
    cairn = os.path.abspath(argv[1])
    root = os.path.abspath(argv[2])
    flt = re.compile(argv[3]) if len(argv) == 4 else None
    if not os.path.exists(cairn):
        print(f"FAIL: cairn binary not found: {cairn}")
        return 1
    if not os.path.isdir(root):
        print(f"FAIL: no specs folder {root}")
        return 1
    passed = failed = 0
    for name in sorted(os.listdir(root)):
        folder = os.path.join(root, name)
        exp_path = os.path.join(folder, "expected.json")
        if not os.path.isfile(exp_path):
            continue
        if flt and not flt.search(name):
            continue
        try:
            runs = load_expected(exp_path)
        except (OSError, ValueError) as e:
            print(f"FAIL {name}: bad expected.json: {e}")
            failed += 1
            continue
        for exp in runs:
            ok = check_run(cairn, folder, name, exp, len(runs) > 1)
            passed += ok
            failed += not ok
    print(f"specs: {passed} passed, {failed} failed")
    if passed + failed == 0:
        print("FAIL: no specs with expected.json under " + root)
        return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
