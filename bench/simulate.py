#!/usr/bin/env python3
"""Random simulation throughput, cairn simulate beside TLC's -simulate (README, "Simulation
as testing").

    python3 bench/simulate.py build/cairn CORPUS --tlc /work/tlc/tlc [--runs 3] [--workers 1 2]

Each model of MODELS is walked with the same seed, depth and number of behaviours by
    cairn simulate MODULE.tla --config CFG --lib CORPUS/library --num N --depth D --seed 1 --workers W
    TLC -workers 1 -noGenerateSpecTE -metadir TMP -simulate num=N -depth D -seed 1 -config CFG MODULE.tla
(both from the module's folder), each --runs times; the table has the median wall time of
the whole process, its median CPU time (user + system, all threads: the JVM's JIT and GC
threads included) and the states each reports (cairn: "N states generated"; TLC: "The
number of states generated: N"), states/s, and cairn's states/s over TLC's. With
--workers 1 2, cairn's 2-worker rate over its 1-worker one too.
"""

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time

# (cfg path under specifications/, behaviours): N sized so that TLC runs about 8-15 s on a
# 2-core machine at depth 100.
MODELS = [
    ("Bakery-Boulangerie/MCBakery.cfg", 2000),
    ("MultiPaxos-SMR/MultiPaxos_MC_small.cfg", 2000),
    ("NanoBlockchain/MCNanoMedium.cfg", 4000),
    ("TeachingConcurrency/SimpleRegular.cfg", 10000),
    ("SlushProtocol/SlushSmall.cfg", 10000),
    ("btree/btree.cfg", 4000),
    ("dag-consensus/TLCSailfish1.cfg", 500),
    ("ewd998/EWD998Small.cfg", 30000),
]


def run(cmd, cwd, pattern, env=None):
    """(wall seconds, CPU seconds (user + system, all threads), states)."""
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    p = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    wall = time.monotonic() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    m = re.search(pattern, p.stdout)
    if not m:
        sys.exit(f"no state count in the output of {' '.join(cmd)}:\n{p.stdout[-2000:]}")
    return wall, cpu, int(m.group(1).replace(",", ""))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cairn")
    ap.add_argument("corpus")
    ap.add_argument("--tlc", help="TLC's launcher (without it: cairn only)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--depth", type=int, default=100)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--scale", type=float, default=1.0, help="multiplies each model's N")
    ap.add_argument("--workers", type=int, nargs="+", default=[1])
    ap.add_argument("--only", default="", help="regex on the cfg paths")
    ap.add_argument("--baseline", help="another cairn binary, run with 1 worker beside each model's runs")
    a = ap.parse_args()
    cairn = os.path.abspath(a.cairn)
    rows = {r["path"]: r for r in json.load(open(os.path.join(a.corpus, "models.json")))}
    print("| model | N | TLC s | TLC CPU s | TLC states | TLC st/s | " +
          " | ".join(f"cairn {w}w s | cairn {w}w CPU s | cairn {w}w states | cairn {w}w st/s" for w in a.workers) +
          " | cairn/TLC |" + (" 1->2w |" if a.workers[:2] == [1, 2] else "") +
          (" baseline 1w s | baseline 1w CPU s | cairn/baseline |" if a.baseline else ""))
    for cfg, n in MODELS:
        if not re.search(a.only, cfg):
            continue
        n = max(1, int(n * a.scale))
        row = rows["specifications/" + cfg]
        module = os.path.join(a.corpus, row["module"])
        cwd = os.path.dirname(module)
        lib = os.path.join(a.corpus, "library")
        cfg_file = os.path.basename(cfg)
        out = [os.path.splitext(cfg_file)[0], str(n)]
        tlc_rate = None
        # As bench/run.py runs TLC: the corpus's library on its path, \cdot as in the corpus.
        env = dict(os.environ)
        env["JAVA_TOOL_OPTIONS"] = (env.get("JAVA_TOOL_OPTIONS", "") + " -DTLA-Library=" + lib +
                                    " -Dtlc2.tool.impl.Tool.cdot=true").strip()
        if a.tlc:
            walls, cpus = [], []
            for _ in range(a.runs):
                with tempfile.TemporaryDirectory() as tmp:
                    w, cpu, tlc_states = run([a.tlc, "-workers", "1", "-noGenerateSpecTE", "-metadir", tmp,
                                         "-simulate", f"num={n}", "-depth", str(a.depth), "-seed", a.seed,
                                         "-config", cfg_file, os.path.basename(module)],
                                        cwd, r"The number of states generated: ([\d,]+)", env)
                walls.append(w)
                cpus.append(cpu)
            t = statistics.median(walls)
            tlc_rate = tlc_states / t
            out += [f"{t:.2f}", f"{statistics.median(cpus):.2f}", str(tlc_states), f"{tlc_rate:,.0f}"]
        else:
            out += ["", "", "", ""]
        rates = []
        for workers in a.workers + ([0] if a.baseline else []):
            walls, cpus = [], []
            binary = os.path.abspath(a.baseline) if workers == 0 else cairn
            for _ in range(a.runs):
                w, cpu, st = run([binary, "simulate", os.path.basename(module), "--config", cfg_file, "--lib", lib,
                             "--num", str(n), "--depth", str(a.depth), "--seed", a.seed, "--workers", str(max(1, workers))],
                            cwd, r"behaviours generated [^\n]*?([\d,]+) states generated")
                walls.append(w)
                cpus.append(cpu)
            t = statistics.median(walls)
            rates.append(st / t)
            if workers == 0:
                base = [f"{t:.2f}", f"{statistics.median(cpus):.2f}", f"{rates[0] / rates[-1]:.2f}x"]
            else:
                out += [f"{t:.2f}", f"{statistics.median(cpus):.2f}", str(st), f"{st / t:,.0f}"]
        out.append(f"{rates[0] / tlc_rate:.1f}x" if tlc_rate else "")
        if a.workers[:2] == [1, 2]:
            out.append(f"{rates[1] / rates[0]:.2f}x")
        if a.baseline:
            out += base
        print("| " + " | ".join(out) + " |", flush=True)


if __name__ == "__main__":
    main()
