#!/usr/bin/env python3
"""The distributed search against the single process, on the conformance corpus.

Usage: mpi_conformance.py CAIRN CAIRN_MPI [--corpus DIR] [--max-seconds S] [--max-distinct N]
                          [--ranks P ...] [--known-gaps FILE] [--filter REGEX] [--timeout S]

The models: the rows of CORPUS/models.json that conformance/run.py --safety-only would run
(TLC time at most --max-seconds, default 10; no temporal PROPERTY, which cairn-mpi refuses;
known gaps skipped), and, to keep CI under about three minutes on two cores, at most
--max-distinct distinct states by TLC's count (default 100000). Each is checked once by
`cairn check --workers 1` and then by `mpirun -np P cairn-mpi check` for every P of
--ranks (default 1 2 3; PxW: P ranks of W threads each; more threads than cores get
--oversubscribe); every run must give
the single process's exit code and result, and its distinct count, depth and generated
count on success, its trace length on a violation. One line per run, then a summary;
exits 1 if any run disagrees. Then the specs of tests/distributed/specs, whose
counterexample is unique, must give the single process's ITF trace, state for state; and a
model with a temporal PROPERTY must be refused.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "conformance"))
from run import read_known_gaps  # noqa: E402  (tests/conformance/run.py)


def report(cmd, cwd, timeout):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "r.json")
        try:
            p = subprocess.run(cmd + ["--report-json", path, "--quiet"], capture_output=True, text=True,
                               timeout=timeout, cwd=cwd)
        except subprocess.TimeoutExpired:
            return None, "timeout", ""
        if not os.path.exists(path):
            return None, f"no report (exit {p.returncode})", p.stderr
        with open(path) as f:
            rep = json.load(f)
        rep["process_exit"] = p.returncode
        return rep, None, p.stderr


def differences(one, many):
    keys = ["result", "exit_code", "process_exit"]
    if one["result"] == "success":
        keys += ["distinct", "depth", "generated"]
    else:
        keys += ["trace_length"]
    return [f"{k} {many.get(k)} != {one.get(k)}" for k in keys if many.get(k) != one.get(k)]


def same_trace(a, tla, ranks):
    """'' when cairn and cairn-mpi -np RANKS print the same ITF trace for TLA."""
    with tempfile.TemporaryDirectory() as tmp:
        traces = []
        for cmd in ([os.path.abspath(a.cairn), "check", tla, "--workers", "1"],
                    mpirun_cmd(a.mpirun, ranks) + [os.path.abspath(a.cairn_mpi), "check", tla] + mpi_args(ranks)):
            path = os.path.join(tmp, f"t{len(traces)}.json")
            subprocess.run(cmd + ["--trace-json", path, "--quiet"], capture_output=True, timeout=a.timeout)
            if not os.path.exists(path):
                return "no trace written"
            with open(path) as f:
                traces.append(json.load(f)["states"])
        return "" if traces[0] == traces[1] else f"trace {traces[1]} != {traces[0]}"


def mpirun_cmd(mpirun, spec):
    """mpirun for SPEC, "P" ranks or "PxW" ranks of W threads each (then unbound: Open MPI
    binds each of up to 2 ranks to one core, which would leave the threads one core)."""
    ranks, _, workers = str(spec).partition("x")
    # Always --oversubscribe: os.cpu_count() counts the host's cores, but Open MPI counts the
    # slots of the cpuset it runs in (fewer in a container), and refuses more ranks than slots.
    cmd = [mpirun, "-np", ranks, "--oversubscribe"]
    if workers:
        cmd += ["--bind-to", "none"]
    return cmd


def mpi_unusable(mpirun, timeout):
    """Why MPIRUN cannot launch two plain processes on this machine, or ''."""
    try:
        p = subprocess.run(mpirun_cmd(mpirun, 2) + ["true"], capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as e:
        return str(e)
    return "" if p.returncode == 0 else f"exit {p.returncode}: {p.stderr.strip()[-300:]}"


def mpi_args(spec):
    _, _, workers = str(spec).partition("x")
    return ["--workers", workers] if workers else []


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cairn")
    ap.add_argument("cairn_mpi")
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "corpus"))
    ap.add_argument("--max-seconds", type=float, default=10)
    ap.add_argument("--max-distinct", type=int, default=100000)
    ap.add_argument("--ranks", nargs="+", default=["1", "2", "3"], help="P, or PxW: P ranks of W threads")
    ap.add_argument("--known-gaps", default=None)
    ap.add_argument("--filter", default="")
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--mpirun", default=shutil.which("mpirun") or "mpirun")
    a = ap.parse_args()
    if os.geteuid() == 0:  # Open MPI refuses root unless told (CI containers run as root)
        os.environ.setdefault("OMPI_ALLOW_RUN_AS_ROOT", "1")
        os.environ.setdefault("OMPI_ALLOW_RUN_AS_ROOT_CONFIRM", "1")
    # Containers forbid the cross-memory attach (process_vm_readv) that the shared-memory
    # transport uses by default: copy through the shared segment instead.
    os.environ.setdefault("OMPI_MCA_btl_vader_single_copy_mechanism", "none")
    os.environ.setdefault("OMPI_MCA_btl_base_warn_component_unused", "0")
    why = mpi_unusable(a.mpirun, a.timeout)
    if why:  # the machine cannot start two processes under mpirun at all: not cairn's failure
        print(f"mpi: mpirun cannot start 2 processes here ({why}): skipped")
        return 77
    known, single_worker = read_known_gaps(a.known_gaps)
    corpus = os.path.abspath(a.corpus)
    with open(os.path.join(corpus, "models.json")) as f:
        rows = json.load(f)
    picked = [r for r in rows if r["tlc_result"] != "timeout" and (r.get("seconds") or 0) <= a.max_seconds
              and (r.get("distinct") or 0) <= a.max_distinct and re.search(a.filter, r["path"])
              and r["path"] not in known]
    lib = os.path.join(corpus, "library")
    agree = disagree = 0
    for r in [r for r in picked if not r.get("has_liveness")]:
        args = ["check", os.path.join(corpus, r["module"]), "--config", os.path.join(corpus, r["path"]),
                "--lib", lib]
        name = r["path"].replace("specifications/", "")
        one, err, _ = report([os.path.abspath(a.cairn)] + args + ["--workers", "1"], corpus, a.timeout)
        if err:
            print(f"DISAGREE {name}: single process: {err}", flush=True)
            disagree += 1
            continue
        for p in a.ranks:
            if mpi_args(p) and r["path"] in single_worker:
                continue
            many, err, stderr = report(mpirun_cmd(a.mpirun, p) + [os.path.abspath(a.cairn_mpi)] + args + mpi_args(p),
                                       corpus, a.timeout)
            why = [err + ": " + stderr.strip()[-300:]] if err else differences(one, many)
            if why:
                disagree += 1
                print(f"DISAGREE np={p} {name}: {'; '.join(why)}", flush=True)
            else:
                agree += 1
                print(f"agree    np={p} {name}: {one['result']} distinct={many['distinct']} depth={many['depth']}"
                      f" trace={many.get('trace_length')}", flush=True)
    # Specs whose counterexample is unique: the whole ITF trace must be the single process's.
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "specs")
    for tla in sorted(f for f in os.listdir(here) if f.endswith(".tla")):
        for p in a.ranks:
            why = same_trace(a, os.path.join(here, tla), p)
            if why:
                disagree += 1
                print(f"DISAGREE np={p} {tla}: {why}", flush=True)
            else:
                agree += 1
                print(f"agree    np={p} {tla}: the same trace", flush=True)
    # A model with a temporal PROPERTY is refused (README "Distributed search").
    live = [r for r in picked if r.get("has_liveness")][:1]
    for r in live:
        args = ["check", os.path.join(corpus, r["module"]), "--config", os.path.join(corpus, r["path"]),
                "--lib", lib]
        p = subprocess.run(mpirun_cmd(a.mpirun, 2) + [os.path.abspath(a.cairn_mpi)] + args, capture_output=True,
                           text=True, timeout=a.timeout, cwd=corpus)
        if p.returncode == 255 and "temporal PROPERTY" in p.stderr:
            agree += 1
            print(f"agree    np=2 {r['path']}: refused (temporal PROPERTY)", flush=True)
        else:
            disagree += 1
            print(f"DISAGREE np=2 {r['path']}: not refused (exit {p.returncode}): {p.stderr[-300:]}", flush=True)
    print(f"summary: {agree}/{agree + disagree} agree, {disagree} disagree")
    return 1 if disagree or agree == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
