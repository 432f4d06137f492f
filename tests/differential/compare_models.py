#!/usr/bin/env python3
"""Runs whole models with TLC and with cairn and compares the numbers a user reads.

    CAIRN_TLC=/path/to/tlc compare_models.py CAIRN SPEC.tla... [--lib DIR] [-v]

For each SPEC.tla (with SPEC.cfg beside it) it runs TLC (`-workers 1`, a throw-away
metadir) and cairn with 1 and 2 workers, and compares the exit code, the distinct states,
the depth and the counterexample length (TLC's from its text, cairn's from --report-json).
With 2 workers only the exit code (and, on success, the distinct count) must agree: the
statistics at an error depend on timing. Needs TLC, so it is a tool run by hand, not a test.
Exit status: 0 if every model agrees.
"""

import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

KEYS = ("exit", "distinct", "depth", "trace")


def run_tlc(tlc, path):
    folder, name = os.path.split(os.path.abspath(path))
    meta = tempfile.mkdtemp(prefix="tlc-meta-")
    try:
        p = subprocess.run(shlex.split(tlc) + ["-workers", "1", "-noGenerateSpecTE", "-metadir", meta,
                                               "-config", name[:-4] + ".cfg", name],
                           cwd=folder, capture_output=True, text=True, timeout=600)
    finally:
        shutil.rmtree(meta, ignore_errors=True)
    out = p.stdout + p.stderr
    last = lambda pat: (lambda m: int(m[-1]) if m else 0)(re.findall(pat, out, re.M))
    return {"exit": p.returncode, "distinct": last(r"(\d+) distinct states found"),
            "depth": last(r"depth of the complete state graph search is (\d+)"),
            "trace": last(r"^State (\d+):")}, out


def run_cairn(cairn, path, workers, libs):
    folder, name = os.path.split(os.path.abspath(path))
    fd, report = tempfile.mkstemp(suffix=".json")
    os.close(fd)
    args = [cairn, "check", name, "--workers", str(workers), "--report-json", report]
    for lib in libs:
        args += ["--lib", lib]
    p = subprocess.run(args, cwd=folder, capture_output=True, text=True, timeout=600)
    r = {"exit": p.returncode, "distinct": 0, "depth": 0, "trace": 0}
    try:
        with open(report) as f:
            j = json.load(f)
        r.update(distinct=j.get("distinct") or 0, depth=j.get("depth") or 0, trace=j.get("trace_length") or 0)
    except (OSError, ValueError):
        pass
    os.unlink(report)
    return r, p.stdout + p.stderr


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cairn")
    ap.add_argument("specs", nargs="+")
    ap.add_argument("--lib", action="append", default=[])
    ap.add_argument("-v", "--verbose", action="store_true", help="print both outputs' tails on a disagreement")
    a = ap.parse_args()
    tlc = os.environ.get("CAIRN_TLC")
    if not tlc:
        sys.exit("set CAIRN_TLC to a command that runs TLC")
    agree = 0
    for spec in a.specs:
        t, tout = run_tlc(tlc, spec)
        c1, cout = run_cairn(a.cairn, spec, 1, a.lib)
        c2, _ = run_cairn(a.cairn, spec, 2, a.lib)
        same = all(t[k] == c1[k] for k in KEYS) and c2["exit"] == t["exit"] and (
            t["exit"] != 0 or c2["distinct"] == t["distinct"])
        agree += same
        print(f"{'OK  ' if same else 'DIFF'} {spec}: tlc={t} cairn={c1} cairn-w2={c2}")
        if not same and a.verbose:
            print("---- TLC ----\n" + "\n".join(tout.splitlines()[-30:]))
            print("---- cairn ----\n" + "\n".join(cout.splitlines()[-30:]))
    print(f"{agree}/{len(a.specs)} agree")
    return 0 if agree == len(a.specs) else 1


if __name__ == "__main__":
    sys.exit(main())
