#!/usr/bin/env python3
"""Benchmark: a model larger than --memory, in memory and spilled (README "Long runs").

Usage: bench/spill/spill.py PATH-TO-CAIRN [--m 119] [--memory 2G] [--workers 2]
                            [--workdir DIR] [--modes memory,spilled]

Counters.tla (beside this script) with M counters values: M^4 distinct states (M = 119:
200,533,921), 4(M - 1) + 1 levels, SumBelow holding. Each mode runs under /usr/bin/time -v
and prints one row of a Markdown table: wall and CPU (user + system) seconds, states/s
(distinct / wall time), peak RSS, and the
bytes on disk per distinct state (seen set's file + parent links' file + spilled queue, as
the JSON report counts them; the queue's bytes are all it wrote over the run, not what it
held at once). The distinct count and the depth are checked against M^4 and
4(M - 1) + 1. "memory" runs with no --memory (the default, 80% of RAM); "spilled" with
--memory SIZE --workdir DIR.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cairn")
    ap.add_argument("--m", type=int, default=119)
    ap.add_argument("--memory", default="2G")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--workdir", default=None)
    ap.add_argument("--modes", default="memory,spilled")
    a = ap.parse_args()
    want_distinct, want_depth = a.m ** 4, 4 * (a.m - 1) + 1
    print(f"| M | states | mode | workers | wall s | cpu s | states/s | peak RSS | disk bytes/state (seen + links + queue) | result |")
    print(f"|---|---|---|---|---|---|---|---|---|---|")
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        cfg = os.path.join(tmp, "Counters.cfg")
        with open(cfg, "w") as f:
            f.write(f"INIT Init\nNEXT Next\nCONSTANTS M = {a.m}\n Limit = {4 * a.m}\nINVARIANT SumBelow\n")
        for mode in a.modes.split(","):
            report = os.path.join(tmp, mode + ".json")
            extra = []
            if mode == "spilled":
                extra = ["--memory", a.memory, "--workdir", a.workdir or os.path.join(tmp, "wd")]
            cmd = ["/usr/bin/time", "-v", a.cairn, "check", os.path.join(HERE, "Counters.tla"), "--config", cfg,
                   "--workers", str(a.workers), "--report-json", report, *extra]
            p = subprocess.run(cmd, capture_output=True, text=True)
            rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
            wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", p.stderr)
            cpu = sum(float(m) for m in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", p.stderr))
            secs = 0.0
            if wall:
                for part in wall.group(1).split(":"):
                    secs = secs * 60 + float(part)
            try:
                with open(report) as f:
                    r = json.load(f)
            except (OSError, ValueError):
                r = {}
            distinct = r.get("distinct", 0)
            parts = [r.get(k) or 0 for k in ("seen_set_disk_bytes", "trace_link_disk_bytes", "queue_spilled_bytes")]
            per = [x / distinct if distinct else 0 for x in parts]
            good = r.get("result") == "success" and distinct == want_distinct and r.get("depth") == want_depth
            ok &= good
            rss_mib = int(rss.group(1)) / 1024 if rss else 0
            print(f"| {a.m} | {distinct:,} | {mode} | {a.workers} | {secs:.0f} | {cpu:.0f} | {distinct / secs if secs else 0:,.0f} | "
                  f"{rss_mib:,.0f} MiB | {sum(per):.1f} ({per[0]:.1f} + {per[1]:.1f} + {per[2]:.1f}) | "
                  f"{'correct' if good else 'WRONG: ' + str(r.get('result')) + ' ' + str(r.get('depth'))} |", flush=True)
            if not good:
                print(p.stdout[-2000:], p.stderr[-2000:], file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
