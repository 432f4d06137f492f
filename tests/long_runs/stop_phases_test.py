#!/usr/bin/env python3
"""SIGINT during an ASSUME, Init's enumeration, one initial state's evaluation and the
liveness phase stops cleanly (README "Long runs").

Usage: stop_phases_test.py PATH-TO-CAIRN

InitStop.tla's Init enumerates for many seconds: a SIGINT 1.5 s in must end the run within
a few seconds with exit 130, the statistics, and a --report-json with result
"interrupted" (1 and 2 workers). LiveStop.tla's liveness phase checks 3000 temporal
branches: a SIGINT sent once the run prints that it checks them must end it the same way
(it would otherwise succeed, exit 0, after many more seconds). AssumeStop.tla's ASSUME and
InitOneStop.tla's one initial state each take tens of seconds to evaluate: the signal must
stop the evaluation itself, within 5 s. `cairn simulate` stops between behaviours the same way.
"""

import json
import os
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def stop(cairn, spec, workers, tmp, wait_for=None, delay=1.5, run=("check",)):
    report = os.path.join(tmp, f"{spec}-{workers}.json")
    # Line-buffered stdout (stdbuf) so the phase's first line is seen when it is printed.
    p = subprocess.Popen(["stdbuf", "-oL", cairn, *run[:1], f"{spec}.tla", *run[1:], "--workers", str(workers),
                          "--report-json", report], cwd=HERE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    seen = []
    if wait_for:
        for line in p.stdout:
            seen.append(line)
            if wait_for in line:
                break
        else:
            p.wait()
            return [f"{spec}: the run ended before '{wait_for}' (exit {p.returncode})"]
    time.sleep(delay)
    if p.poll() is not None:
        return [f"{spec}: the run ended (exit {p.returncode}) before the signal"]
    sent = time.monotonic()
    p.send_signal(signal.SIGINT)
    try:
        out, err = p.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        p.kill()
        return [f"{spec}, {workers} worker(s): still running 20 s after SIGINT"]
    out = "".join(seen) + out
    took = time.monotonic() - sent
    errors = []
    if p.returncode != 130:
        errors.append(f"{spec}, {workers} worker(s): exit {p.returncode}, expected 130\n{err}")
    if "states generated" not in out or "Interrupted by SIGINT" not in out:
        errors.append(f"{spec}, {workers} worker(s): no statistics or no interrupt line in\n{out}")
    try:
        with open(report) as f:
            r = json.load(f)
        if r.get("result") != "interrupted" or r.get("exit_code") != 130 or r.get("signal") != "SIGINT":
            errors.append(f"{spec}, {workers} worker(s): report {r.get('result')} {r.get('exit_code')}")
    except (OSError, ValueError) as e:
        errors.append(f"{spec}, {workers} worker(s): no report: {e}")
    if took > 5:
        errors.append(f"{spec}, {workers} worker(s): took {took:.2f}s to stop after SIGINT")
    print(f"{spec}, {workers} worker(s): stopped in {took:.2f}s")
    return errors


def main():
    cairn = os.path.abspath(sys.argv[1])
    errors = []
    with tempfile.TemporaryDirectory() as tmp:
        errors += stop(cairn, "InitStop", 1, tmp)
        errors += stop(cairn, "InitStop", 2, tmp)
        errors += stop(cairn, "LiveStop", 1, tmp, wait_for="temporal branches", delay=0.3)
        errors += stop(cairn, "AssumeStop", 1, tmp)
        errors += stop(cairn, "InitOneStop", 1, tmp)
        errors += stop(cairn, "InitOneStop", 2, tmp)
        # Random behaviours for 60 s (none reaches LongRun's violation at depth 401).
        errors += stop(cairn, "LongRun", 2, tmp,
                       run=("simulate", "--config", "LongRunSmall.cfg", "--duration", "60"))
    for e in errors:
        print("FAIL:", e)
    print("stop phases: ok" if not errors else f"stop phases: {len(errors)} failure(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
