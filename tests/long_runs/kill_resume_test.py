#!/usr/bin/env python3
"""SIGKILL at random moments, resume each time: the end is the uninterrupted run's.

Usage: kill_resume_test.py PATH-TO-CAIRN [SEED]

For 1 and 2 workers: LongRun.tla with LongRunSmall.cfg (K = 200: 40401 distinct states,
401 levels, NotCorner violated at the last one; W = 3000 makes a level last milliseconds,
so that the checkpoints every 30 ms land a few levels apart) is started with checkpoints after every
level (--checkpoint-every 0.0005 minutes), killed with SIGKILL soon after its checkpoint
reaches a random level (5 sorted random levels in 10..329, then 0-20 ms more), resumed from
its directory and killed again, 5 times, then resumed to the end; once more with 2 workers
and the seen set and parent links forced to disk (--spill-seen-at 2000).
The final report (result, exit code, generated, distinct, left, depth, trace length) and
the printed counterexample must equal those of one uninterrupted run. Also: a SIGINT
writes a checkpoint that resumes to the same end, and resuming under another cfg is
refused (exit 153) with a message that says why.
"""

import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ("result", "exit_code", "generated", "distinct", "left", "depth", "trace_length")
KILLS = 5


def cmd(cairn, workers, *extra):
    return [cairn, "check", "LongRun.tla", "--config", "LongRunSmall.cfg", "--workers", str(workers), *extra]


def outcome(report, stdout):
    with open(report) as f:
        r = json.load(f)
    # The counterexample and the statistics; the start line, the time and the progress
    # lines (every 10 s: a loaded machine prints some in one run only) differ.
    text = [l for l in stdout.splitlines() if not l.startswith(("cairn ", "Finished in", "Progress("))]
    return {k: r.get(k) for k in KEYS}, text


def manifest(ck):
    try:
        with open(os.path.join(ck, "MANIFEST")) as f:
            return dict(l.split(" ", 1) for l in f.read().splitlines()[1:])
    except OSError:
        return {}


def finish(cairn, workers, ck, report, spill=()):
    p = subprocess.run(cmd(cairn, workers, "--resume", ck, "--report-json", report, *spill), cwd=HERE,
                       capture_output=True, text=True, timeout=300)
    return p, outcome(report, p.stdout)


def kill_and_resume(cairn, workers, tmp, rng, want, spill=()):
    ck = os.path.join(tmp, f"ck-kill-{workers}{'-spill' if spill else ''}")
    label = f"{workers} worker(s){', spilled' if spill else ''}"
    kills = 0
    levels = []
    # The kills come at random levels (then a random few milliseconds more), not after a
    # random time: on a fast machine a timed kill can come after the run has ended.
    targets = sorted(rng.sample(range(10, 330), KILLS))
    while kills < KILLS:
        extra = ["--resume", ck] if os.path.exists(os.path.join(ck, "MANIFEST")) else ["--checkpoint", ck]
        p = subprocess.Popen(cmd(cairn, workers, *extra, "--checkpoint-every", "0.0005", *spill), cwd=HERE,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while int(manifest(ck).get("level", "0")) < targets[kills] and p.poll() is None \
                and time.monotonic() < deadline:
            time.sleep(0.002)
        time.sleep(rng.uniform(0, 0.02))
        if p.poll() is not None:
            return [f"{label}: the run ended (exit {p.returncode}) after {kills} kills; expected {KILLS}"]
        p.send_signal(signal.SIGKILL)
        p.wait()
        kills += 1
        levels.append(manifest(ck).get("level", "none"))
    # Each resumed run got further: a run that started over would not pass this.
    if "none" in levels or levels != sorted(levels, key=int) or int(levels[-1]) <= 1:
        return [f"{label}: checkpoint levels after the kills: {levels}"]
    p, got = finish(cairn, workers, ck, os.path.join(tmp, f"kill-{workers}.json"), spill)
    print(f"{label}: {kills} SIGKILLs at levels {levels}, resumed: {got[0]}")
    return [] if got == want else [f"{label} after kills: {got[0]} != {want[0]}"]


def interrupt_and_resume(cairn, tmp, want):
    ck = os.path.join(tmp, "ck-int")
    # The signal comes once the search is under way (level 20 of 401, seen from the
    # periodic checkpoints), not after a fixed time: a fast machine ends the run first.
    p = subprocess.Popen(cmd(cairn, 2, "--checkpoint", ck, "--checkpoint-every", "0.0005"), cwd=HERE,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while int(manifest(ck).get("level", "0")) < 20 and p.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)
    # The time of the signal on the file system's own (coarse) clock: a file written now.
    stamp = os.path.join(tmp, "signalled")
    open(stamp, "w").close()
    signalled = os.stat(stamp).st_mtime_ns
    p.send_signal(signal.SIGINT)
    p.wait(timeout=30)
    path = os.path.join(ck, "MANIFEST")
    written = os.path.exists(path) and os.stat(path).st_mtime_ns >= signalled
    if p.returncode != 130 or not written:
        return [f"SIGINT with --checkpoint: exit {p.returncode}, checkpoint written at the signal: {written}"]
    p, got = finish(cairn, 1, ck, os.path.join(tmp, "int.json"))
    print(f"SIGINT, resumed: {got[0]}")
    errors = [] if got == want else [f"after SIGINT: {got[0]} != {want[0]}"]
    other = subprocess.run([cairn, "check", "LongRun.tla", "--config", "LongRun.cfg", "--resume", ck], cwd=HERE,
                           capture_output=True, text=True, timeout=60)
    if other.returncode != 153 or not re.search(r"another spec, cfg", other.stderr):
        errors.append(f"resume under another cfg: exit {other.returncode}, stderr {other.stderr!r}")
    data = os.path.join(ck, manifest(ck)["data"])
    os.truncate(data, os.path.getsize(data) // 2)  # as a torn write would leave it
    torn = subprocess.run(cmd(cairn, 1, "--resume", ck), cwd=HERE, capture_output=True, text=True, timeout=60)
    if torn.returncode != 153 or "torn or corrupt" not in torn.stderr:
        errors.append(f"resume from a torn checkpoint: exit {torn.returncode}, stderr {torn.stderr!r}")
    return errors


def intern_order(cairn, tmp):
    """InternOrder.tla resumed from its last level's checkpoint ends as a whole run."""
    ck = os.path.join(tmp, "ck-intern")
    base = [cairn, "check", "InternOrder.tla", "--workers", "1"]
    whole = os.path.join(tmp, "intern-whole.json")
    resumed = os.path.join(tmp, "intern-resumed.json")
    subprocess.run(base + ["--checkpoint", ck, "--checkpoint-every", "0.000000001", "--report-json", whole],
                   cwd=HERE, capture_output=True, timeout=60)
    subprocess.run(base + ["--resume", ck, "--report-json", resumed], cwd=HERE, capture_output=True, timeout=60)
    a, b = outcome(whole, "")[0], outcome(resumed, "")[0]
    print(f"intern order: whole {a}, resumed from level {manifest(ck).get('level')}: {b}")
    return [] if a == b and a["distinct"] == 8 else [f"intern order: {b} != {a}"]


def main():
    cairn = os.path.abspath(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else random.randrange(1 << 30)
    print(f"seed {seed}")
    rng = random.Random(seed)
    errors = []
    with tempfile.TemporaryDirectory() as tmp:
        ref = os.path.join(tmp, "ref.json")
        p = subprocess.run(cmd(cairn, 1, "--report-json", ref), cwd=HERE, capture_output=True, text=True, timeout=300)
        want = outcome(ref, p.stdout)
        print(f"uninterrupted: {want[0]}")
        for workers in (1, 2):
            errors += kill_and_resume(cairn, workers, tmp, rng, want)
        # The seen set and the links on disk (every 2000 states), in the killed runs and
        # the resumed ones: the checkpoints read the links back from disk.
        spill = ("--workdir", os.path.join(tmp, "wd"), "--spill-seen-at", "2000")
        errors += kill_and_resume(cairn, 2, tmp, rng, want, spill)
        errors += interrupt_and_resume(cairn, tmp, want)
        errors += intern_order(cairn, tmp)
    for e in errors:
        print("FAIL:", e)
    print("kill/resume: ok" if not errors else f"kill/resume: {len(errors)} failure(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
