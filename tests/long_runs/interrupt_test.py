#!/usr/bin/env python3
"""SIGINT and SIGTERM stop a running check cleanly (README "Long runs").

Usage: interrupt_test.py PATH-TO-CAIRN

LongRun.tla with LongRunSlow.cfg takes over 10 s (1,002,001 states; LongRun.cfg's 90601
end within 2 s since invariants are compiled). The test sends a signal after 2 s and
expects, within a few seconds: exit 128 + signal (130, 143), TLC's statistics lines on
stdout, and a --report-json with result "interrupted" and consistent counts (some states
found, fewer than the 1,002,001 of a whole run, states left on the queue). A second SIGINT
sent while the first is being handled would exit at once with 130 as well.
"""

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def interrupt_once(cairn, sig, workers, tmp):
    report = os.path.join(tmp, f"report-{sig}-{workers}.json")
    p = subprocess.Popen([cairn, "check", "LongRun.tla", "--config", "LongRunSlow.cfg", "--workers", str(workers), "--report-json", report],
                         cwd=HERE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(2)
    sent = time.monotonic()
    p.send_signal(sig)
    try:
        out, err = p.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        p.kill()
        return [f"signal {sig}: still running 10 s after the signal"]
    took = time.monotonic() - sent
    errors = []
    if p.returncode != 128 + sig:
        errors.append(f"signal {sig}: exit {p.returncode}, expected {128 + sig}\n{err}")
    if not re.search(r"^\d+ states generated, \d+ distinct states found, \d+ states left on queue\.$", out, re.M):
        errors.append(f"signal {sig}: no statistics line in\n{out}")
    if "The depth of the complete state graph search is" not in out:
        errors.append(f"signal {sig}: no depth line")
    try:
        with open(report) as f:
            r = json.load(f)
    except (OSError, ValueError) as e:
        return errors + [f"signal {sig}: no report: {e}"]
    want_signal = {signal.SIGINT: "SIGINT", signal.SIGTERM: "SIGTERM"}[sig]
    if r.get("result") != "interrupted" or r.get("exit_code") != 128 + sig or r.get("signal") != want_signal:
        errors.append(f"signal {sig}: report {r.get('result')} {r.get('exit_code')} {r.get('signal')}")
    if not (0 < r["distinct"] < 1001 * 1001 and r["generated"] >= r["distinct"] - 1 and r["left"] > 0 and r["depth"] > 1):
        errors.append(f"signal {sig}: counts {r['generated']} {r['distinct']} {r['left']} {r['depth']}")
    print(f"signal {sig}, {workers} worker(s): stopped in {took:.2f}s, {r['distinct']} distinct, depth {r['depth']}")
    return errors


def main():
    cairn = os.path.abspath(sys.argv[1])
    errors = []
    with tempfile.TemporaryDirectory() as tmp:
        errors += interrupt_once(cairn, signal.SIGINT, 1, tmp)
        errors += interrupt_once(cairn, signal.SIGTERM, 2, tmp)
    for e in errors:
        print("FAIL:", e)
    print("interrupt: ok" if not errors else f"interrupt: {len(errors)} failure(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
