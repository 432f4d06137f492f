#!/usr/bin/env python3
"""Runs whole models with TLC and with cairn and compares the numbers a user reads.

    CAIRN_TLC=/path/to/tlc compare_models.py CAIRN SPEC.tla... [--lib DIR] [-v]
    CAIRN_TLC=/path/to/tlc compare_models.py CAIRN --seeds 1-300 [--write-corpus models.jsonl]

For each SPEC.tla (with SPEC.cfg beside it) it runs TLC (`-workers 1`, a throw-away
metadir) and cairn with 1 and 2 workers, and compares the exit code, the distinct states,
the depth and the counterexample length (TLC's from its text, cairn's from --report-json),
and on success the generated count too. With 2 workers only the exit code (and, on success,
the distinct and generated counts) must agree: the statistics at an error depend on timing.
--seeds runs the models gen_models.py makes for those seeds instead of files, prints a tally
of the disagreements by class (the first statistic that differs), and --write-corpus writes
each seed with TLC's answers as a line of the replay corpus (replay_models.py).
Needs TLC, so it is a tool run by hand, not a test.
Exit status: 0 if every model agrees.
"""

import argparse
import concurrent.futures
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_models  # noqa: E402

KEYS = ("exit", "distinct", "depth", "trace", "generated")


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
    # None: TLC did not print it (e.g. no statistics after a violation by an initial state)
    last = lambda pat: (lambda m: int(m[-1]) if m else None)(re.findall(pat, out, re.M))
    # cairn's trace_length: the lasso's states with the state it goes back to, without
    # TLC's "State N: Stuttering" line
    trace = (last(r"^State (\d+): (?!Stuttering)") or (1 if "by the initial state" in out else 0)) + (
        1 if re.search(r"^Back to state", out, re.M) else 0)
    return {"exit": p.returncode, "distinct": last(r"(\d+) distinct states found"),
            "depth": last(r"depth of the complete state graph search is (\d+)"),
            "trace": trace, "generated": last(r"(\d+) states generated,")}, out


def run_cairn(cairn, path, workers, libs):
    folder, name = os.path.split(os.path.abspath(path))
    fd, report = tempfile.mkstemp(suffix=".json")
    os.close(fd)
    args = [cairn, "check", name, "--workers", str(workers), "--report-json", report]
    for lib in libs:
        args += ["--lib", lib]
    p = subprocess.run(args, cwd=folder, capture_output=True, text=True, timeout=600)
    r = {"exit": p.returncode, "distinct": 0, "depth": 0, "trace": 0, "generated": 0}
    try:
        with open(report) as f:
            j = json.load(f)
        r.update(distinct=j.get("distinct") or 0, depth=j.get("depth") or 0, trace=j.get("trace_length") or 0,
                 generated=j.get("generated") or 0)
    except (OSError, ValueError):
        pass
    os.unlink(report)
    return r, p.stdout + p.stderr


def differs(tlc, c1, c2):
    """The first statistic in which cairn (1 worker, then 2 workers) disagrees with TLC, or None."""
    for k in KEYS:
        if tlc[k] is not None and (k != "generated" or tlc["exit"] == 0):
            if tlc[k] != c1[k]:
                return k
    for k in ("exit", "distinct", "generated"):
        if tlc[k] is not None and (k == "exit" or tlc["exit"] == 0) and tlc[k] != c2[k]:
            return "w2-" + k
    return None


def seed_range(text):
    out = []
    for part in text.split(","):
        lo, _, hi = part.partition("-")
        out += range(int(lo), int(hi or lo) + 1)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cairn")
    ap.add_argument("specs", nargs="*")
    ap.add_argument("--seeds", help="generated models instead of files: e.g. 1-300,400")
    ap.add_argument("--write-corpus", help="with --seeds: write seed and TLC's answers as JSON lines")
    ap.add_argument("--lib", action="append", default=[])
    ap.add_argument("--jobs", type=int, default=1, help="models run at the same time")
    ap.add_argument("-v", "--verbose", action="store_true", help="print both outputs' tails on a disagreement")
    a = ap.parse_args()
    a.cairn = os.path.abspath(a.cairn)  # cairn runs in each spec's folder
    tlc = os.environ.get("CAIRN_TLC")
    if not tlc:
        sys.exit("set CAIRN_TLC to a command that runs TLC")
    folder = tempfile.mkdtemp(prefix="cairn-models-") if a.seeds else None
    specs = [(None, s) for s in a.specs] + [(seed, gen_models.write(seed, folder))
                                             for seed in (seed_range(a.seeds) if a.seeds else [])]
    corpus = open(a.write_corpus, "w") if a.write_corpus else None
    agree, tally = 0, {}
    def one(seed_spec):
        spec = seed_spec[1]
        return run_tlc(tlc, spec) + run_cairn(a.cairn, spec, 1, a.lib) + (run_cairn(a.cairn, spec, 2, a.lib)[0],)

    pool = concurrent.futures.ThreadPoolExecutor(max_workers=a.jobs)
    for (seed, spec), (t, tout, c1, cout, c2) in zip(specs, pool.map(one, specs)):
        diff = differs(t, c1, c2)
        agree += diff is None
        tally[diff or "agree"] = tally.get(diff or "agree", 0) + 1
        print(f"{'OK  ' if diff is None else 'DIFF ' + diff} {spec}: tlc={t} cairn={c1} cairn-w2={c2}", flush=True)
        if diff and a.verbose:
            print("---- TLC ----\n" + "\n".join(tout.splitlines()[-30:]))
            print("---- cairn ----\n" + "\n".join(cout.splitlines()[-30:]))
        if corpus and seed is not None:
            corpus.write(json.dumps({"seed": seed, "version": gen_models.version(seed), "tlc": t}) + "\n")
            corpus.flush()
    if folder:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"{agree}/{len(specs)} agree; by class: {json.dumps(tally, sort_keys=True)}")
    return 0 if agree == len(specs) else 1


if __name__ == "__main__":
    sys.exit(main())
