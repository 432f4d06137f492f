#!/usr/bin/env python3
"""End-to-end benchmark: cairn on a fixed set of corpus models with 1 and 2 workers.

Usage: run.py CAIRN [--corpus DIR] [--workers N ...] [--repeat N] [--filter REGEX]
              [--timeout S] [--markdown] [--safety-only | --liveness-only]
              [--tlc CMD] [--baseline CAIRN0]
       run.py CAIRN --all --tlc CMD [--perf DIR] [--known-gaps FILE] [--filter REGEX]

Each model below has at least 100,000 distinct states. For every model and worker count
it runs (from the corpus root, as TLC was run)
    cairn check MODULE.tla --config CFG --lib CORPUS/library --workers N --quiet --report-json R
--repeat times and prints one row: distinct states (checked against TLC's count in
models.json; a mismatch is marked MISMATCH and makes the script exit 1), the median wall
time and the median CPU time (user + system) of the child, distinct states per second
(by wall time), the peak resident memory of the run (the child's ru_maxrss from wait4,
the largest over the repeats), the bytes per seen state
((seen_set_bytes + trace_link_bytes) / distinct, from the JSON report), TLC's seconds
from models.json with the ratio TLC/cairn, and the speedup from the first worker count
to this one. Then a summary: the median TLC/cairn ratio per worker count and the median
speedup. --markdown prints the table as Markdown (for the README).

Side by side (the only speed claims README makes): --tlc CMD names a launcher of TLC
(tlc2.TLC with its arguments; TLC is never part of the project: build it locally from a
fetched tlaplus/tlaplus). Each 1-worker run of cairn is then paired with a run of
    CMD -workers 1 -noGenerateSpecTE -metadir TMP -config CFG MODULE.tla
from the corpus root (the community modules through JAVA_TOOL_OPTIONS=-DTLA-Library=...,
and -Dtlc2.tool.impl.Tool.cdot=true: cairn always composes actions, and the corpus's
action-composition models ASSUME that TLC does too),
in turn, on the same machine, and the "TLC s" and "TLC/cairn" columns are the median TLC
wall time of these runs (whole process, JVM start included) and its ratio to cairn's median;
TLC's distinct count is checked as cairn's. Without --tlc they come from models.json, which
was recorded on another machine: such a ratio is only indicative. --baseline CAIRN0 pairs
every run with another cairn binary (before/after a change) and adds its median wall time
and the ratio before/after.

Then a second table for LIVENESS_MODELS (models with temporal properties that TLC checks
successfully): per model and worker count the distinct states (checked against TLC's, as
above), the median wall time, the safety search's and the liveness phase's seconds from
the JSON report (safety_seconds, liveness_seconds; of the run with the median wall time)
and the ratio liveness/safety (the target: at most 2x), then the largest ratio per worker
count. --safety-only / --liveness-only run one of the two tables.

--all (with --tlc) is the "no model slower than TLC" check: instead of the two tables, every
corpus model that TLC checks in at least 1 s according to models.json (a success or a
violation it reports; not its timeouts or errors, nor the models in --known-gaps) and every
reproducer in --perf (each .cfg there, run from that folder; its module is the one the
folder's README.md names on the cfg's row, else the .tla of the cfg's name), 1 worker, each
run paired with TLC's. cairn's verdict (the report's result against TLC's exit code) and
distinct count are checked against that TLC run (which prints "N distinct states found" on
a violation too). One table (model, distinct, cairn s, TLC s, TLC/cairn), then a line with
every model where cairn is slower (ratio < 1), the median and the minimum ratio; exits 1 if
any model is slower or disagrees.
"""
import argparse
import glob
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time

# (cfg path under specifications/) -- the module comes from models.json.
MODELS = [
    "Bakery-Boulangerie/MCBakery.cfg",
    "MultiPaxos-SMR/MultiPaxos_MC_small.cfg",
    "NanoBlockchain/MCNanoMedium.cfg",
    "TeachingConcurrency/SimpleRegular.cfg",
    "SlushProtocol/SlushSmall.cfg",
    "btree/btree.cfg",
    "ewd998/EWD998Small.cfg",
]

# Models with temporal properties (has_liveness in models.json, TLC: success), each under
# 10 s for cairn (6 to 41 s for TLC).
LIVENESS_MODELS = [
    "ewd426/TokenRing.cfg",
    "ewd687a/MCEWD687a.cfg",
    "bcastByz/bcastByz.cfg",
    "dijkstra-mutex/DijkstraMutex.toolbox/LSpec-model/MC.cfg",
    "allocator/AllocatorImplementation.cfg",
    "FiniteMonotonic/MCCRDT.cfg",
]


def run_once(cairn, corpus, row, workers, timeout):
    """Runs cairn once. Returns (report or None, wall seconds, peak RSS bytes, CPU seconds,
    error or None)."""
    spec = os.path.join(corpus, row["module"])
    cfg = os.path.join(corpus, row["path"])
    with tempfile.TemporaryDirectory() as tmp:
        rep_path = os.path.join(tmp, "r.json")
        cmd = [cairn, "check", spec, "--config", cfg, "--lib", os.path.join(corpus, "library"),
               "--workers", str(workers), "--quiet", "--report-json", rep_path]
        t0 = time.monotonic()
        p = subprocess.Popen(cmd, cwd=row.get("cwd", corpus), stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
        timed_out = []

        def kill():
            timed_out.append(True)
            p.kill()

        timer = threading.Timer(timeout, kill)
        timer.start()
        # stderr is small (--quiet); read it, then reap the child ourselves to get its own
        # rusage (RUSAGE_CHILDREN would accumulate the maximum over all children).
        err = p.stderr.read().decode(errors="replace")
        _, status, ru = os.wait4(p.pid, 0)
        dt = time.monotonic() - t0
        timer.cancel()
        p.returncode = os.waitstatus_to_exitcode(status)
        p.stderr.close()
        rss = ru.ru_maxrss * 1024  # kilobytes on Linux
        cpu = ru.ru_utime + ru.ru_stime
        if timed_out:
            return None, dt, rss, cpu, f"timeout after {timeout:.0f}s"
        if not os.path.exists(rep_path):
            tail = err.strip().splitlines()[-1:] or [""]
            return None, dt, rss, cpu, f"no report (exit {p.returncode}): {tail[0][:200]}"
        with open(rep_path) as f:
            return json.load(f), dt, rss, cpu, None


# TLC's exit codes (tlc2.output.EC.ExitStatus) as cairn's report names the verdict.
TLC_RESULTS = {0: "success", 10: "assumption failure", 11: "deadlock failure",
               12: "safety failure", 13: "liveness failure"}


def run_tlc_once(tlc, corpus, row, timeout):
    """Runs TLC once on row's model, 1 worker. Returns (distinct or None, verdict, wall
    seconds, error). TLC prints "N distinct states found" on success and on a violation."""
    spec = os.path.join(corpus, row["module"])
    cfg = os.path.join(corpus, row["path"])
    env = dict(os.environ)
    env["JAVA_TOOL_OPTIONS"] = (env.get("JAVA_TOOL_OPTIONS", "") + " -DTLA-Library="
                                + os.path.join(corpus, "library")
                                + " -Dtlc2.tool.impl.Tool.cdot=true").strip()
    with tempfile.TemporaryDirectory() as tmp:
        cmd = tlc + ["-workers", "1", "-noGenerateSpecTE", "-metadir", tmp, "-config", cfg, spec]
        t0 = time.monotonic()
        try:
            p = subprocess.run(cmd, cwd=row.get("cwd", corpus), env=env, capture_output=True,
                               text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None, None, time.monotonic() - t0, f"TLC timeout after {timeout:.0f}s"
        dt = time.monotonic() - t0
    verdict = TLC_RESULTS.get(p.returncode, f"TLC exit {p.returncode}")
    m = re.findall(r"([\d,]+) distinct states found", p.stdout)
    if not m:
        tail = (p.stdout + p.stderr).strip().splitlines()[-1:] or [""]
        return None, verdict, dt, f"TLC printed no count (exit {p.returncode}): {tail[0][:200]}"
    return int(m[-1].replace(",", "")), verdict, dt, None


def disagreement(rep, result, distinct):
    """Why cairn's report differs from the verdict and distinct count expected, or None."""
    if rep.get("result") != result:
        return f"result {rep.get('result')} != TLC {result}"
    if rep.get("distinct") != distinct:
        return f"distinct {rep.get('distinct')} != TLC {distinct}"
    return None


def fmt_int(n):
    return f"{n:,}" if isinstance(n, int) else str(n)


def print_table(header, table, markdown):
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|")
        for t in table:
            print("| " + " | ".join(t) + " |")
    else:
        widths = [max(len(header[i]), *(len(t[i]) for t in table)) if table else len(header[i])
                  for i in range(len(header))]
        print("  ".join(h.ljust(widths[i]) if i == 0 else h.rjust(widths[i]) for i, h in enumerate(header)))
        for t in table:
            print("  ".join(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(t)))


def select(names, by_path, pattern):
    """The (name, models.json row) of the names matching pattern; None if one is missing."""
    rows = []
    for name in names:
        if not re.search(pattern, name):
            continue
        row = by_path.get("specifications/" + name)
        if row is None:
            print(f"cannot find {name} in models.json", file=sys.stderr)
            return None
        rows.append((name, row))
    return rows


def measure(a, cairn, corpus, name, row, w, side=None):
    """Runs one model --repeat times. Returns (walls, cpus, peak rss, report of the median
    run, mismatch or None). Each run's verdict and distinct count are checked against
    models.json's or, when TLC runs alongside, against that TLC run's (which must agree with
    models.json where the model has a row there). side, when given, is a dict that receives
    the paired runs of --tlc ("tlc": walls) and --baseline ("base": walls) in turn with
    cairn's."""
    runs, cpus, rss, err = [], [], 0, None
    for _ in range(a.repeat):
        r, dt, m, cpu, err = run_once(cairn, corpus, row, w, a.timeout)
        runs.append((dt, r))
        cpus.append(cpu)
        rss = max(rss, m)
        if err:
            break
        expect = (row.get("tlc_result"), row.get("distinct"))
        if side is not None and a.tlc and w == 1:
            d, verdict, tdt, err = run_tlc_once(a.tlc, corpus, row, a.timeout)
            side.setdefault("tlc", []).append(tdt)
            if not err and "distinct" in row and (verdict, d) != expect:
                err = f"TLC {verdict}, distinct {d} != models.json {expect[0]}, {expect[1]}"
            if err:
                break
            expect = (verdict, d)
        err = disagreement(r, *expect)
        if err:
            break
        if side is not None and a.baseline:
            br, bdt, _, _, be = run_once(a.baseline, corpus, row, w, a.timeout)
            side.setdefault("base", []).append(bdt)
            err = be or (br and disagreement(br, *expect))
            if err:
                err = "baseline: " + err
                break
    walls = [dt for dt, _ in runs]
    ok_runs = sorted((x for x in runs if x[1]), key=lambda x: x[0])
    rep = ok_runs[len(ok_runs) // 2][1] if ok_runs else None
    if err:
        print(f"!!! MISMATCH {name} workers={w}: {err}", file=sys.stderr, flush=True)
    return walls, cpus, rss, rep, err


def safety_table(a, cairn, corpus, rows):
    """The throughput table of MODELS. Returns the number of mismatches."""
    results = []  # dicts, one per (model, workers)
    bad = 0
    for name, row in rows:
        base_wall = None
        for w in a.workers:
            side = {}
            walls, cpus, rss, rep, mismatch = measure(a, cairn, corpus, name, row, w, side)
            wall = statistics.median(walls)
            distinct = rep.get("distinct") if rep else None
            if mismatch:
                bad += 1
            if w == a.workers[0]:
                base_wall = wall
            mem = (rep.get("seen_set_bytes", 0) + rep.get("trace_link_bytes", 0)) if rep else 0
            tlc = statistics.median(side["tlc"]) if side.get("tlc") else (
                0 if a.tlc else row.get("seconds") or 0)
            base = statistics.median(side["base"]) if side.get("base") else 0
            res = {
                "base": base,
                "model": name[:-4] if name.endswith(".cfg") else name,
                "workers": w,
                "distinct": distinct,
                "ok": not mismatch,
                "wall": wall,
                "cpu": statistics.median(cpus),
                "rate": (distinct / wall) if distinct and wall > 0 else 0,
                "rss": rss,
                "bps": (mem / distinct) if distinct else 0,
                "tlc": tlc,
                "ratio": tlc / wall if wall > 0 else 0,
                "speedup": (base_wall / wall) if base_wall and wall > 0 else 0,
            }
            results.append(res)
            print(f"  {res['model']} w={w}: {fmt_int(distinct)} distinct in {wall:.2f}s"
                  f"{'' if res['ok'] else '  MISMATCH'}", file=sys.stderr, flush=True)

    header = ["model", "workers", "distinct", "wall s", "CPU s", "distinct/s", "peak RSS MiB",
              "B/seen state", "TLC s" + (" (same run)" if a.tlc else " (models.json)"),
              "TLC/cairn", f"speedup vs {a.workers[0]}w"]
    if a.baseline:
        header += ["baseline s", "baseline/cairn"]
    table = []
    for r in results:
        extra = [f"{r['base']:.2f}", f"{r['base'] / r['wall']:.2f}x" if r["wall"] > 0 else "-"] \
            if a.baseline else []
        table.append([
            r["model"], str(r["workers"]),
            fmt_int(r["distinct"]) + ("" if r["ok"] else " MISMATCH"),
            f"{r['wall']:.2f}", f"{r['cpu']:.2f}", fmt_int(int(r["rate"])), f"{r['rss'] / 2**20:.0f}",
            f"{r['bps']:.1f}", f"{r['tlc']:.2f}" if r["tlc"] else "-",
            f"{r['ratio']:.1f}x" if r["tlc"] else "-",
            "-" if r["workers"] == a.workers[0] else f"{r['speedup']:.2f}x",
        ] + extra)
    print_table(header, table, a.markdown)

    summary = []
    for w in a.workers:
        ratios = [r["ratio"] for r in results if r["workers"] == w and r["ok"] and r["tlc"]]
        if ratios:
            summary.append(f"median TLC/cairn ({'same run' if a.tlc else 'models.json'}) with {w} worker{'s' if w > 1 else ''}: "
                           f"{statistics.median(ratios):.1f}x (min {min(ratios):.1f}x)")
        if w != a.workers[0]:
            sp = [r["speedup"] for r in results if r["workers"] == w and r["ok"]]
            if sp:
                summary.append(f"median speedup {a.workers[0]} -> {w} workers: "
                               f"{statistics.median(sp):.2f}x (min {min(sp):.2f}x)")
    if a.baseline:
        b = [r["base"] / r["wall"] for r in results if r["ok"] and r["wall"] > 0 and r["base"]]
        if b:
            summary.append(f"median baseline/cairn: {statistics.median(b):.2f}x "
                           f"(min {min(b):.2f}x, max {max(b):.2f}x)")
    print_summary(summary, bad, a.markdown)
    return bad


def print_summary(summary, bad, markdown):
    if bad:
        summary.append(f"MISMATCH: {bad} run(s) disagree with TLC's distinct count or verdict")
    print()
    for s in summary:
        print(("- " if markdown else "") + s)


def liveness_table(a, cairn, corpus, rows):
    """The safety/liveness split of LIVENESS_MODELS. Returns the number of mismatches."""
    results = []
    bad = 0
    for name, row in rows:
        for w in a.workers:
            walls, _, _, rep, mismatch = measure(a, cairn, corpus, name, row, w)
            if mismatch:
                bad += 1
            safety = rep.get("safety_seconds", 0) if rep else 0
            live = rep.get("liveness_seconds", 0) if rep else 0
            res = {
                "model": name[:-4] if name.endswith(".cfg") else name,
                "workers": w,
                "distinct": rep.get("distinct") if rep else None,
                "ok": not mismatch,
                "wall": statistics.median(walls),
                "safety": safety,
                "liveness": live,
                "ratio": live / safety if safety > 0 else 0,
            }
            results.append(res)
            print(f"  {res['model']} w={w}: safety {safety:.2f}s, liveness {live:.2f}s"
                  f"{'' if res['ok'] else '  MISMATCH'}", file=sys.stderr, flush=True)

    header = ["model", "workers", "distinct", "wall s", "safety s", "liveness s", "liveness/safety"]
    table = []
    for r in results:
        table.append([
            r["model"], str(r["workers"]),
            fmt_int(r["distinct"]) + ("" if r["ok"] else " MISMATCH"),
            f"{r['wall']:.2f}", f"{r['safety']:.2f}", f"{r['liveness']:.2f}", f"{r['ratio']:.2f}x",
        ])
    print_table(header, table, a.markdown)

    summary = []
    for w in a.workers:
        ratios = [r["ratio"] for r in results if r["workers"] == w and r["ok"]]
        if ratios:
            summary.append(f"liveness/safety with {w} worker{'s' if w > 1 else ''}: median "
                           f"{statistics.median(ratios):.2f}x, max {max(ratios):.2f}x")
    print_summary(summary, bad, a.markdown)
    return bad


def read_known_gaps(path):
    """The cfg paths in known_gaps.txt ('#' comments). A `workers=1 PATH` line is a gap only
    with more workers, and --all runs one: such models are kept."""
    gaps = set()
    with open(path) as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line and not line.startswith("workers="):
                gaps.add(line)
    return gaps


def perf_module(perf, cfg):
    """The module a reproducer's cfg checks: the one README.md's table names on the cfg's
    row (| M.tla | CFG ... |), else M.tla of the cfg's name in its folder."""
    base = os.path.basename(cfg)
    readme = os.path.join(perf, "README.md")
    if os.path.exists(readme):
        with open(readme) as f:
            for line in f:
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) > 1 and cells[0].endswith(".tla") and cells[1].split()[:1] == [base]:
                    return os.path.join(perf, cells[0])
    return cfg[:-4] + ".tla"


def all_rows(by_path, perf, gaps, pattern):
    """--all: every corpus model TLC checks in at least 1 s (a success or a violation it
    reports; not its timeouts or errors, not the known gaps), then every reproducer in perf
    (run from its folder). The (name, row) of those whose name matches pattern."""
    rows = []
    for r in by_path.values():
        if (r["tlc_result"] == "success" or r["tlc_result"].endswith(" failure")) \
                and (r.get("seconds") or 0) >= 1 and r["path"] not in gaps:
            rows.append((r["path"].removeprefix("specifications/"), r))
    for cfg in sorted(glob.glob(os.path.join(perf, "*.cfg"))):
        row = {"path": cfg, "module": perf_module(perf, cfg), "cwd": perf}
        rows.append(("perf/" + os.path.basename(cfg), row))
    return [(n, r) for n, r in rows if re.search(pattern, n)]


def tlc_table(a, cairn, corpus, rows):
    """The "no model slower than TLC" table of --all: every model with 1 worker, each run
    paired with TLC's and checked against it. Returns the number of models that disagree
    with TLC or are slower than it."""
    results = []
    for name, row in rows:
        side = {}
        walls, _, _, rep, mismatch = measure(a, cairn, corpus, name, row, 1, side)
        wall = statistics.median(walls)
        tlc = statistics.median(side["tlc"]) if side.get("tlc") else 0
        res = {
            "model": name[:-4] if name.endswith(".cfg") else name,
            "distinct": rep.get("distinct") if rep else None,
            "ok": not mismatch,
            "wall": wall,
            "tlc": tlc,
            "ratio": tlc / wall if wall > 0 else 0,
        }
        results.append(res)
        print(f"  {res['model']}: cairn {wall:.2f}s, TLC {tlc:.2f}s"
              f"{'' if res['ok'] else '  MISMATCH'}", file=sys.stderr, flush=True)

    header = ["model", "distinct", "cairn s", "TLC s", "TLC/cairn"]
    table = [[r["model"], fmt_int(r["distinct"]) + ("" if r["ok"] else " MISMATCH"),
              f"{r['wall']:.2f}", f"{r['tlc']:.2f}" if r["tlc"] else "-",
              f"{r['ratio']:.2f}x" if r["ok"] else "-"] for r in results]
    print_table(header, table, a.markdown)

    ok = [r for r in results if r["ok"]]
    slower = [r["model"] for r in ok if r["ratio"] < 1]
    line = "slower than TLC: " + (", ".join(slower) if slower else "none")
    if ok:
        worst = min(ok, key=lambda r: r["ratio"])
        line += (f"; median TLC/cairn {statistics.median(r['ratio'] for r in ok):.2f}x, "
                 f"min {worst['ratio']:.2f}x ({worst['model']})")
    bad = len(results) - len(ok)
    print_summary([line], bad, a.markdown)
    return bad + len(slower)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cairn")
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--corpus", default=os.path.join(here, "..", "..", "shared", "corpus"))
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--filter", default="", help="only models whose cfg path matches REGEX")
    ap.add_argument("--timeout", type=float, default=900)
    ap.add_argument("--markdown", action="store_true")
    only = ap.add_mutually_exclusive_group()
    only.add_argument("--safety-only", action="store_true", help="only the throughput table")
    only.add_argument("--liveness-only", action="store_true", help="only the liveness table")
    ap.add_argument("--tlc", help="a command that runs tlc2.TLC: TLC side by side, 1 worker")
    ap.add_argument("--baseline", help="another cairn binary, paired run by run")
    ap.add_argument("--all", action="store_true",
                    help="the no-model-slower-than-TLC check (needs --tlc): every corpus model "
                         "with TLC seconds >= 1 and every --perf reproducer, 1 worker")
    ap.add_argument("--perf", default=os.path.join(here, "..", "..", "shared", "perf"),
                    help="folder of the performance reproducers (for --all)")
    ap.add_argument("--known-gaps", default=os.path.join(here, "..", "tests", "conformance",
                                                         "known_gaps.txt"),
                    help="models --all leaves out")
    a = ap.parse_args()
    if a.all and not a.tlc:
        ap.error("--all needs --tlc")
    a.tlc = a.tlc.split() if a.tlc else None
    a.baseline = os.path.abspath(a.baseline) if a.baseline else None
    corpus = os.path.abspath(a.corpus)
    cairn = os.path.abspath(a.cairn)
    with open(os.path.join(corpus, "models.json")) as f:
        by_path = {r["path"]: r for r in json.load(f)}
    if a.all:
        rows = all_rows(by_path, os.path.abspath(a.perf), read_known_gaps(a.known_gaps), a.filter)
        return 1 if tlc_table(a, cairn, corpus, rows) else 0

    safety_rows = [] if a.liveness_only else select(MODELS, by_path, a.filter)
    live_rows = [] if a.safety_only else select(LIVENESS_MODELS, by_path, a.filter)
    if safety_rows is None or live_rows is None:
        return 2
    bad = 0
    if not a.liveness_only:
        bad += safety_table(a, cairn, corpus, safety_rows)
    if not a.safety_only and live_rows:
        if not a.liveness_only:
            print()
        print(("### " if a.markdown else "") + "Liveness: safety search vs liveness phase")
        print()
        bad += liveness_table(a, cairn, corpus, live_rows)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
