#!/usr/bin/env python3
"""The memory limit and the spilled queue (README "Long runs").

Usage: memory_test.py PATH-TO-CAIRN

Wide.tla's frontier takes tens of MB (its states carry a function of 32 values), its seen
set and parent links about 2 MB. Expected, from its header: exit 12, 87381 distinct states,
depth 9, a trace of 9 states, whatever the limit.
- With --memory 40M --workdir DIR (1 and 2 workers) the queue spills to DIR
  (queue_spilled_bytes > 0) and the report equals the in-memory run's.
- With --memory 40M and no workdir the run stops at the limit: exit 152, result
  "memory limit", a message saying so, and a checkpoint that resumes (no limit) to the
  in-memory run's end.
- Under an address-space limit (setrlimit RLIMIT_AS) an allocation fails in the search:
  it stops the same way (exit 152, "out of memory"), and its checkpoint resumes to the
  same end.
"""

import json
import os
import resource
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ("result", "exit_code", "generated", "distinct", "left", "depth", "trace_length")
WANT = {"result": "safety failure", "exit_code": 12, "distinct": 87381, "depth": 9, "trace_length": 9}


def run(cairn, tmp, name, *extra, address_space=None):
    report = os.path.join(tmp, name + ".json")
    limit = None
    if address_space:
        limit = lambda: resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
    p = subprocess.run([cairn, "check", "Wide.tla", *extra, "--report-json", report], cwd=HERE,
                       capture_output=True, text=True, timeout=120, preexec_fn=limit)
    try:
        with open(report) as f:
            r = json.load(f)
    except (OSError, ValueError):
        r = {}
    return p, r


def main():
    cairn = os.path.abspath(sys.argv[1])
    errors = []
    with tempfile.TemporaryDirectory() as tmp:
        _, base = run(cairn, tmp, "base", "--workers", "1")
        want = {k: base.get(k) for k in KEYS}
        if any(want[k] != v for k, v in WANT.items()):
            return print("FAIL: the in-memory run:", want) or 1
        for w in ("1", "2"):
            _, r = run(cairn, tmp, "spill" + w, "--workers", w, "--memory", "40M", "--workdir", os.path.join(tmp, "wd"))
            got = {k: r.get(k) for k in KEYS}
            if got != want or not r.get("queue_spilled_bytes"):
                errors.append(f"spilled, {w} worker(s): {got}, spilled {r.get('queue_spilled_bytes')}; expected {want}")
            print(f"spilled, {w} worker(s): {r.get('queue_spilled_bytes')} bytes of states spilled")
        stops = [("limit", ["--memory", "40M"], None, "would pass --memory"),
                 ("oom", [], None, "out of memory")]
        for name, extra, _, words in stops:
            ck = os.path.join(tmp, "ck-" + name)
            if name == "oom":
                # The smallest address space that still loads the spec but not the frontier.
                for mb in (90, 80, 70, 60, 50):
                    p, r = run(cairn, tmp, name, "--workers", "1", "--checkpoint", ck, address_space=mb << 20)
                    if r.get("exit_code") == 152 and os.path.exists(os.path.join(ck, "MANIFEST")):
                        break
            else:
                p, r = run(cairn, tmp, name, "--workers", "1", "--checkpoint", ck, *extra)
            if p.returncode != 152 or r.get("result") != "memory limit" or words not in (r.get("memory_limit") or "") \
                    or "Memory limit reached" not in p.stdout:
                errors.append(f"{name}: exit {p.returncode}, report {r.get('result')} {r.get('memory_limit')}\n{p.stdout[-500:]}{p.stderr[-500:]}")
                continue
            pd, done = run(cairn, tmp, name + "-resumed", "--workers", "2", "--resume", ck)
            if done.get("exit_code") != want.get("exit_code"): print(pd.stdout[-800:], pd.stderr[-800:])
            got = {k: done.get(k) for k in KEYS}
            if got != want:
                errors.append(f"{name}: resumed to {got}; expected {want}")
            print(f"{name}: stopped at {r.get('distinct')} distinct states (exit 152), resumed to the same end")
    for e in errors:
        print("FAIL:", e)
    print("memory: ok" if not errors else f"memory: {len(errors)} failure(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
