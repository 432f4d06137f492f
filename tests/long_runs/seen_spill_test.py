#!/usr/bin/env python3
"""The seen set and the parent links on disk (README "Long runs"): same answers as in memory.

Usage: seen_spill_test.py PATH-TO-CAIRN

bench/spill/Counters.tla, four counters mod 20 (160000 distinct states, 77 levels, every
state reached from 4 others), with CountersSmall.cfg (no violation) and CountersBad.cfg
(SumBelow fails at level 41: a trace of 41 states, rebuilt from the links on disk).
- In memory, 1 worker: the reference (result, exit code, generated, distinct, left,
  depth, trace length, and the printed trace).
- --workdir DIR --spill-seen-at 3000, 1 and 2 workers: the seen set's table goes to disk
  whenever it holds 3000 states (dozens of merges a run, lookups on disk in the middle of
  each level) and the links of the levels before the current one with it. The report and
  the printed trace equal the reference; seen_set_disk_bytes is 8 bytes per state spilled
  and trace_link_disk_bytes > 0 in the JSON report.
- A checkpoint written by a spilled run (its links read back from disk), resumed with
  spilling forced and 1 worker, ends as the reference; so does one written in memory,
  resumed spilled with 2 workers.
- --memory at 60% of the in-memory run's peak RSS with --workdir, CountersMid.cfg (M = 30,
  810000 states), 1 and 2 workers: the seen set and the links spill by themselves, and the
  report is the in-memory run's; so is a resumed run (from a checkpoint of the last
  level) under that limit, whose seen set spills while the checkpoint is read.
- A workdir that cannot be written stops the run cleanly (exit 152, "memory limit" with the
  reason) and its checkpoint resumes to the reference's end.
- --spill-seen-at without --workdir is refused (exit 255) with a message.
With 2 workers and a violation, the counts (generated, distinct, left) are not compared:
they vary by a state or two between in-memory runs too (a second worker can store a
successor of a later state of the violating level before it sees the violation); the
verdict, the depth and the trace are.
"""

import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = os.path.join(HERE, "..", "..", "bench", "spill", "Counters.tla")
KEYS = ("result", "exit_code", "generated", "distinct", "left", "depth", "trace_length")
WANT = {"CountersSmall.cfg": {"result": "success", "distinct": 160000, "depth": 77},
        "CountersBad.cfg": {"result": "safety failure", "exit_code": 12, "depth": 41, "trace_length": 41}}


def same(got, want, workers):
    if workers == 1 or want[0]["result"] == "success":
        return got == want
    counts = ("generated", "distinct", "left")
    strip = lambda o: ({k: v for k, v in o[0].items() if k not in counts},
                       [l for l in o[1] if "states generated" not in l])
    return strip(got) == strip(want)


def run(cairn, tmp, cfg, name, *extra):
    report = os.path.join(tmp, name + ".json")
    p = subprocess.run([cairn, "check", SPEC, "--config", os.path.join(HERE, cfg), *extra, "--report-json", report],
                       capture_output=True, text=True, timeout=120)
    try:
        with open(report) as f:
            r = json.load(f)
    except (OSError, ValueError):
        r = {}
    # The counterexample and the statistics; the start line, the time and the progress
    # lines (every 10 s: a loaded machine prints some in one run only) differ.
    text = [l for l in p.stdout.splitlines() if not l.startswith(("cairn ", "Finished in", "Progress("))]
    return p, r, ({k: r.get(k) for k in KEYS}, text)


def run_rss(cairn, tmp, cfg, name, *extra):
    """run(), and the peak RSS of the run in bytes."""
    report = os.path.join(tmp, name + ".json")
    p = subprocess.Popen([cairn, "check", SPEC, "--config", os.path.join(HERE, cfg), *extra, "--report-json", report],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out = p.stdout.read()
    _, _, usage = os.wait4(p.pid, 0)
    p.returncode = 0
    try:
        with open(report) as f:
            r = json.load(f)
    except (OSError, ValueError):
        r = {}
    text = [l for l in out.splitlines() if not l.startswith(("cairn ", "Finished in", "Progress("))]
    return p, r, ({k: r.get(k) for k in KEYS}, text), usage.ru_maxrss * 1024


def main():
    cairn = os.path.abspath(sys.argv[1])
    errors = []
    with tempfile.TemporaryDirectory() as tmp:
        for cfg, expected in WANT.items():
            _, base, want = run(cairn, tmp, cfg, "base", "--workers", "1")
            if any(base.get(k) != v for k, v in expected.items()) or base.get("seen_set_disk_bytes"):
                errors.append(f"{cfg}: the in-memory run: {want[0]}, disk {base.get('seen_set_disk_bytes')}")
                continue
            print(f"{cfg}: in memory: {want[0]}")
            for w in ("1", "2"):
                wd = os.path.join(tmp, f"wd-{w}")
                p, r, got = run(cairn, tmp, cfg, "spill" + w, "--workers", w, "--workdir", wd, "--spill-seen-at", "3000")
                disk, links = r.get("seen_set_disk_bytes") or 0, r.get("trace_link_disk_bytes") or 0
                # The table holds fewer than 3000 + a chunk's new states when the run ends.
                if not same(got, want, int(w)) or disk % 8 or disk < (r.get("distinct", 0) - 20000) * 8 or links <= 0:
                    errors.append(f"{cfg}, spilled, {w} worker(s): {got[0]}, disk {disk}, links {links}; "
                                  f"expected {want[0]}\n{p.stderr[-1000:]}")
                else:
                    print(f"{cfg}, spilled, {w} worker(s): same; {disk} bytes of fingerprints, {links} of links on disk")
                if os.path.isdir(wd) and os.listdir(wd):
                    errors.append(f"{cfg}, spilled, {w} worker(s): files left in the workdir: {os.listdir(wd)}")
            # Checkpoints at every level, the last one written from the links on disk.
            for name, spill, rw in (("spilled", ["--workdir", os.path.join(tmp, "wd-ck"), "--spill-seen-at", "3000"], 1),
                                    ("in memory", [], 2)):
                ck = os.path.join(tmp, "ck-" + cfg + name.replace(" ", ""))
                run(cairn, tmp, cfg, "ck", "--workers", "1", "--checkpoint", ck, "--checkpoint-every", "0.000000001",
                    *spill)
                _, _, got = run(cairn, tmp, cfg, "resumed", "--workers", str(rw), "--resume", ck,
                                "--workdir", os.path.join(tmp, "wd-res"), "--spill-seen-at", "3000")
                if not same(got, want, rw):
                    errors.append(f"{cfg}: checkpoint written {name}, resumed spilled, {rw} worker(s): {got[0]}; expected {want[0]}")
                else:
                    print(f"{cfg}: checkpoint written {name}, resumed spilled, {rw} worker(s): same")
        # The memory limit itself spills the seen set (no --spill-seen-at): CountersMid.cfg
        # (810000 states) under 60% of the in-memory run's peak RSS.
        _, _, want, peak = run_rss(cairn, tmp, "CountersMid.cfg", "mid", "--workers", "1")
        limit = int(peak * 0.6)
        for w in ("1", "2"):
            r, got, rss = run_rss(cairn, tmp, "CountersMid.cfg", "mid" + w, "--workers", w, "--memory", str(limit),
                                  "--workdir", os.path.join(tmp, "wd-mid"))[1:]
            if got != want or not r.get("seen_set_disk_bytes") or not r.get("trace_link_disk_bytes"):
                errors.append(f"--memory {limit}, {w} worker(s): {got[0]}, seen on disk {r.get('seen_set_disk_bytes')}, "
                              f"links {r.get('trace_link_disk_bytes')}; expected {want[0]}")
            else:
                print(f"--memory {limit >> 10}K, {w} worker(s): same, peak RSS {rss >> 10}K (in memory {peak >> 10}K), "
                      f"{r['seen_set_disk_bytes']} bytes of fingerprints on disk")
        # A checkpoint of the whole run, resumed under that limit: the links are read from
        # the file one by one and the seen set spills while it is rebuilt.
        ck = os.path.join(tmp, "ck-mid")
        run(cairn, tmp, "CountersMid.cfg", "mid-ck", "--workers", "2", "--checkpoint", ck,
            "--checkpoint-every", "0.000000001")
        r, got, rss = run_rss(cairn, tmp, "CountersMid.cfg", "mid-resumed", "--workers", "2", "--resume", ck,
                              "--memory", str(limit), "--workdir", os.path.join(tmp, "wd-mid"))[1:]
        if got != want or not r.get("seen_set_disk_bytes"):
            errors.append(f"resumed under --memory {limit}: {got[0]}, seen on disk {r.get('seen_set_disk_bytes')}")
        else:
            print(f"resumed under --memory {limit >> 10}K: same, peak RSS {rss >> 10}K")
        # A workdir that cannot be written: the run stops cleanly at the first merge (exit
        # 152, the reason in the report) with a checkpoint that resumes to the same end.
        blocker = os.path.join(tmp, "a-file")
        open(blocker, "w").close()
        ck = os.path.join(tmp, "ck-refused")
        p, r, _ = run(cairn, tmp, "CountersSmall.cfg", "refused", "--workers", "2", "--checkpoint", ck,
                      "--workdir", os.path.join(blocker, "wd"), "--spill-seen-at", "3000")
        why = r.get("memory_limit") or ""
        _, _, got = run(cairn, tmp, "CountersSmall.cfg", "refused-resumed", "--workers", "2", "--resume", ck)
        _, _, want = run(cairn, tmp, "CountersSmall.cfg", "base", "--workers", "1")
        if p.returncode != 152 or "the seen set cannot be spilled: cannot create" not in why or got != want:
            errors.append(f"unwritable workdir: exit {p.returncode}, reason {why!r}, resumed {got[0]}")
        else:
            print(f"unwritable workdir: exit 152 ({why[:40]}...), resumed to the same end")
        p, _, _ = run(cairn, tmp, "CountersSmall.cfg", "nowd", "--spill-seen-at", "10")
        if p.returncode != 255 or "--spill-seen-at needs --workdir" not in p.stderr:
            errors.append(f"--spill-seen-at without --workdir: exit {p.returncode}, stderr {p.stderr!r}")
    for e in errors:
        print("FAIL:", e)
    print("seen spill: ok" if not errors else f"seen spill: {len(errors)} failure(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
