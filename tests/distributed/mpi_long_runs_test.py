#!/usr/bin/env python3
"""cairn-mpi's spilling, checkpoints and resume (README "Distributed search").

Usage: mpi_long_runs_test.py CAIRN CAIRN_MPI [--mpirun MPIRUN] [--ranks P ...] [--seed S]

With mpirun -np P (default 2 and 3, --oversubscribe), on tests/long_runs/LongRun.tla with
LongRunMpi.cfg (10201 distinct states, 201 levels, NotCorner violated at the last) and
bench/spill/Counters.tla with CountersMpi.cfg (20736 states, no violation):
- the uninterrupted in-memory run is the reference (result, exit code, generated,
  distinct, left, depth, trace length; not the trace's states: which parent a state keeps
  depends on which rank's message came first); its verdict, distinct count, depth and
  trace length are `cairn check --workers 1`'s;
- --workdir DIR --spill-seen-at 500 (each rank's seen set, links and queue to disk every
  500 states): the reference's report, with spilled bytes in every rank's
  per_rank figures;
- checkpoints every 30 ms (--checkpoint-every 0.0005), every process of the job killed
  with SIGKILL (mpirun and its ranks, which run in process groups of their own) soon after
  the committed checkpoint reaches a random level, resumed and killed again, 3 times, then
  resumed to the end (once more spilled, for the first P): the reference's end, and each
  kill's checkpoint is of a later level than the previous one;
- SIGINT to every rank (as srun forwards a Ctrl-C): exit 130, the `interrupted` report and
  a checkpoint written at the signal, which resumes to the reference's end; SIGINT to
  mpirun (for the first P, with LongRunSmall.cfg and --mca odls_base_sigkill_timeout 3:
  mpirun sends SIGTERM to the ranks that many seconds later, SIGKILL as long after):
  the `interrupted` report and a checkpoint of the level where the ranks stopped;
- resuming with another -np, or another cfg, or a checkpoint of `cairn check`, is refused
  before any search (exit 153, with the reason);
- WideInit.tla (10^6 initial states), for the first P: under --memory 48M a rank stops while
  Init is enumerated (exit 152); with --workdir under 56M the queue spills and the counts
  are the in-memory run's;
- a rank whose workdir cannot be written (DIR/rank-1 is a file) stops every rank: exit 152,
  `memory limit`, the message naming rank 1 and the file.
Exits 77 when mpirun cannot start 2 processes here.
"""
import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
LONG = (os.path.join(ROOT, "tests", "long_runs", "LongRun.tla"), os.path.join(HERE, "LongRunMpi.cfg"))
COUNTERS = (os.path.join(ROOT, "bench", "spill", "Counters.tla"), os.path.join(HERE, "CountersMpi.cfg"))
KEYS = ("result", "exit_code", "generated", "distinct", "left", "depth", "trace_length")
KILLS = 3
EVERY = "0.0005"  # minutes: 30 ms


def mpirun_cmd(a, ranks):
    return [a.mpirun, "-np", str(ranks), "--oversubscribe"]


def check_cmd(a, ranks, model, *extra):
    return mpirun_cmd(a, ranks) + [a.cairn_mpi, "check", model[0], "--config", model[1], *extra]


def outcome(report, stdout):
    # Not the printed trace: with several ranks, which parent a state keeps depends on
    # which message arrives first, so two runs may print different shortest traces.
    with open(report) as f:
        r = json.load(f)
    return {k: r.get(k) for k in KEYS}, []


def run(cmd, timeout=120):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=HERE)


def finish(a, ranks, model, report, *extra):
    p = run(check_cmd(a, ranks, model, "--report-json", report, *extra))
    if not os.path.exists(report):
        return p, ({"no report": p.returncode, "stderr": p.stderr[-400:]}, [])
    return p, outcome(report, p.stdout)


def manifest(ck):
    try:
        with open(os.path.join(ck, "MANIFEST")) as f:
            lines = f.read().splitlines()
        return dict(l.split(" ", 1) for l in lines[1:] if not l.startswith("rank "))
    except (OSError, ValueError):
        return {}


def job_pids(p):
    """Every process of the job's session (mpirun's ranks run in process groups of their own)."""
    out = subprocess.run(["ps", "-o", "pid=", "-s", str(p.pid)], capture_output=True, text=True).stdout
    return [int(x) for x in out.split()]


def signal_all(pids, sig):
    for pid in pids:
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            pass


def kill_job(p):
    """SIGKILL to every process of the job."""
    signal_all(job_pids(p), signal.SIGKILL)
    p.wait()
    for _ in range(500):  # the ranks are gone before the next run reads the checkpoint
        if not subprocess.run(["ps", "-o", "pid=", "-s", str(p.pid)], capture_output=True, text=True).stdout.strip():
            return
        time.sleep(0.01)


def kill_and_resume(a, ranks, tmp, rng, want, spill=()):
    label = f"np={ranks}{' spilled' if spill else ''}"
    ck = os.path.join(tmp, f"ck-kill-{ranks}{'-spill' if spill else ''}")
    # In the first half: the later levels are small and fast, and a run from a checkpoint
    # there can end before the next checkpoint lands (the kill would come too late).
    targets = sorted(rng.sample(range(10, 110), KILLS))
    levels = []
    for target in targets:
        extra = ["--resume", ck] if os.path.exists(os.path.join(ck, "MANIFEST")) else ["--checkpoint", ck]
        p = subprocess.Popen(check_cmd(a, ranks, LONG, *extra, "--checkpoint-every", EVERY, "--quiet", *spill),
                             cwd=HERE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 60
        # Each run commits a checkpoint of its own before it is killed.
        target = max(target, levels[-1] + 1 if levels else 0)
        while int(manifest(ck).get("level", "0")) < target and p.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
        time.sleep(rng.uniform(0, 0.02))
        if p.poll() is not None:
            return [f"{label}: the run ended (exit {p.returncode}) before its kill at level {target}"]
        kill_job(p)
        levels.append(int(manifest(ck).get("level", "0")))
    if levels != sorted(set(levels)) or levels[0] < 10:
        return [f"{label}: checkpoint levels after the kills: {levels}"]
    _, got = finish(a, ranks, LONG, os.path.join(tmp, f"kill-{ranks}.json"), "--resume", ck, *spill)
    print(f"{label}: {KILLS} SIGKILLs at levels {levels}, resumed: {got[0]}", flush=True)
    return [] if got == want else [f"{label} after kills: {got[0]} != {want[0]}"]


def interrupt_and_resume(a, ranks, tmp, want):
    ck = os.path.join(tmp, f"ck-int-{ranks}")
    report = os.path.join(tmp, f"int-{ranks}.json")
    p = subprocess.Popen(check_cmd(a, ranks, LONG, "--checkpoint", ck, "--checkpoint-every", EVERY, "--quiet",
                                   "--report-json", report),
                         cwd=HERE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while int(manifest(ck).get("level", "0")) < 20 and p.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)
    stamp = os.path.join(tmp, "signalled")
    open(stamp, "w").close()
    signalled = os.stat(stamp).st_mtime_ns
    # SIGINT to every rank, as `srun` forwards a Ctrl-C or `scancel --signal=INT` sends it
    # (mpirun_sigint below: through mpirun).
    signal_all([q for q in job_pids(p) if q != p.pid], signal.SIGINT)
    p.wait(timeout=60)
    path = os.path.join(ck, "MANIFEST")
    written = os.path.exists(path) and os.stat(path).st_mtime_ns >= signalled
    result = json.load(open(report)).get("result") if os.path.exists(report) else None
    if result != "interrupted" or not written or p.returncode != 130:
        return [f"np={ranks} SIGINT: exit {p.returncode}, report {result}, checkpoint written at the signal: {written}"]
    at = manifest(ck).get("level")
    _, got = finish(a, ranks, LONG, os.path.join(tmp, f"int-resumed-{ranks}.json"), "--resume", ck)
    print(f"np={ranks} SIGINT: interrupted, checkpoint of level {at}, resumed: {got[0]}", flush=True)
    errors = [] if got == want else [f"np={ranks} after SIGINT: {got[0]} != {want[0]}"]
    # Another number of ranks, another cfg: refused before any search.
    other = run(mpirun_cmd(a, ranks + 1) + [a.cairn_mpi, "check", LONG[0], "--config", LONG[1], "--resume", ck])
    said = other.stdout + other.stderr
    if other.returncode != 153 or f"written by {ranks} ranks" not in said or "states generated" in said:
        errors.append(f"np={ranks + 1} resuming np={ranks}'s checkpoint: exit {other.returncode}: {said[-400:]!r}")
    other = run(check_cmd(a, ranks, (LONG[0], os.path.join(ROOT, "tests", "long_runs", "LongRunSmall.cfg")),
                          "--resume", ck))
    said = other.stdout + other.stderr
    if other.returncode != 153 or "another spec, cfg" not in said or "states generated" in said:
        errors.append(f"np={ranks} resuming under another cfg: exit {other.returncode}: {said[-400:]!r}")
    return errors


def mpirun_sigint(a, ranks, tmp):
    """SIGINT to mpirun: it sends SIGTERM to the ranks odls_base_sigkill_timeout seconds later
    and SIGKILL as long again after that (measured; 1 s by default, 3 here so that a loaded
    machine has the time): the ranks write the `interrupted` report and a checkpoint."""
    ck = os.path.join(tmp, f"ck-mpirun-int-{ranks}")
    report = os.path.join(tmp, f"mpirun-int-{ranks}.json")
    slow = (LONG[0], os.path.join(ROOT, "tests", "long_runs", "LongRunSmall.cfg"))  # 401 levels
    cmd = mpirun_cmd(a, ranks) + ["--mca", "odls_base_sigkill_timeout", "3", a.cairn_mpi, "check", slow[0],
                                  "--config", slow[1], "--checkpoint", ck, "--checkpoint-every", EVERY, "--quiet",
                                  "--report-json", report]
    p = subprocess.Popen(cmd, cwd=HERE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while int(manifest(ck).get("level", "0")) < 20 and p.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)
    at = int(manifest(ck).get("level", "0"))
    p.send_signal(signal.SIGINT)
    p.wait(timeout=60)
    r = json.load(open(report)) if os.path.exists(report) else {}
    last = int(manifest(ck).get("level", "0"))
    print(f"np={ranks} SIGINT to mpirun at level {at}: {r.get('result')}, depth {r.get('depth')}, "
          f"checkpoint of level {last}", flush=True)
    if r.get("result") != "interrupted" or not at <= last <= (r.get("depth") or 0):
        return [f"np={ranks} SIGINT to mpirun: exit {p.returncode}, report {r.get('result')}, levels {at} {last}"]
    return []


def init_memory(a, ranks, tmp):
    """WideInit.tla (1000001 initial states; in memory a rank's peak RSS is about 64 MiB):
    under --memory 48M a rank stops while Init is enumerated (exit 152, the reason says
    so); with --workdir under 56M its queue spills and the counts are the in-memory run's."""
    model = (os.path.join(HERE, "WideInit.tla"), os.path.join(HERE, "WideInit.cfg"))
    _, want = finish(a, ranks, model, os.path.join(tmp, "wide-ref.json"))
    p = run(check_cmd(a, ranks, model, "--memory", "48M", "--quiet"))
    said = p.stdout + p.stderr
    errors = []
    if p.returncode != 152 or "(computing the initial states)" not in said or "per rank" not in said:
        errors.append(f"np={ranks} WideInit under 48M: exit {p.returncode}: {said[-400:]!r}")
    report = os.path.join(tmp, "wide-spilled.json")
    _, got = finish(a, ranks, model, report, "--memory", "56M", "--workdir", os.path.join(tmp, "wd-wide"))
    queue = json.load(open(report)).get("queue_spilled_bytes", 0) if os.path.exists(report) else 0
    print(f"np={ranks} WideInit: under 48M exit {p.returncode}; under 56M with --workdir {got[0]}, "
          f"queue spilled {queue} bytes", flush=True)
    if got != want or not queue:
        errors.append(f"np={ranks} WideInit under 56M --workdir: {got[0]} (queue {queue}) != {want[0]}")
    return errors


def spilled(a, ranks, tmp, model, want):
    report = os.path.join(tmp, f"spill-{ranks}-{os.path.basename(model[1])}.json")
    wd = os.path.join(tmp, f"wd-{ranks}")
    _, got = finish(a, ranks, model, report, "--workdir", wd, "--spill-seen-at", "500")
    errors = [] if got == want else [f"np={ranks} spilled {os.path.basename(model[1])}: {got[0]} != {want[0]}"]
    per_rank = json.load(open(report)).get("distributed", {}).get("per_rank", []) if os.path.exists(report) else []
    disk = [(r.get("seen_set_disk_bytes", 0), r.get("trace_link_disk_bytes", 0), r.get("queue_spilled_bytes", 0))
            for r in per_rank]
    if len(disk) != ranks or not all(all(x > 0 for x in d) for d in disk):
        errors.append(f"np={ranks} spilled: per-rank (seen, links, queue) bytes on disk {disk}")
    print(f"np={ranks} spilled {os.path.basename(model[1])}: {got[0]}, per rank on disk {disk}", flush=True)
    return errors


def unwritable(a, ranks, tmp):
    wd = os.path.join(tmp, f"wd-bad-{ranks}")
    os.makedirs(wd)
    open(os.path.join(wd, "rank-1"), "w").close()  # rank 1's folder is a file
    report = os.path.join(tmp, f"bad-{ranks}.json")
    p = run(check_cmd(a, ranks, LONG, "--workdir", wd, "--spill-seen-at", "500", "--quiet", "--report-json", report))
    r = json.load(open(report)) if os.path.exists(report) else {}
    said = p.stdout + p.stderr
    ok = p.returncode == 152 and r.get("result") == "memory limit" and "rank 1: the seen set cannot be spilled" in said \
        and os.path.join(wd, "rank-1") in said
    print(f"np={ranks} workdir of rank 1 unwritable: exit {p.returncode}, {r.get('result')}", flush=True)
    return [] if ok else [f"np={ranks} unwritable workdir: exit {p.returncode}, {r.get('result')}: {said[-500:]!r}"]


def mpi_unusable(a):
    try:
        p = subprocess.run(mpirun_cmd(a, 2) + ["true"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        return str(e)
    return "" if p.returncode == 0 else f"exit {p.returncode}: {p.stderr.strip()[-300:]}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cairn")
    ap.add_argument("cairn_mpi")
    ap.add_argument("--mpirun", default=shutil.which("mpirun") or "mpirun")
    ap.add_argument("--ranks", nargs="+", type=int, default=[2, 3])
    ap.add_argument("--seed", type=int, default=None)
    a = ap.parse_args()
    a.cairn, a.cairn_mpi = os.path.abspath(a.cairn), os.path.abspath(a.cairn_mpi)
    if os.geteuid() == 0:
        os.environ.setdefault("OMPI_ALLOW_RUN_AS_ROOT", "1")
        os.environ.setdefault("OMPI_ALLOW_RUN_AS_ROOT_CONFIRM", "1")
    os.environ.setdefault("OMPI_MCA_btl_vader_single_copy_mechanism", "none")
    os.environ.setdefault("OMPI_MCA_btl_base_warn_component_unused", "0")
    why = mpi_unusable(a)
    if why:
        print(f"mpi: mpirun cannot start 2 processes here ({why}): skipped")
        return 77
    seed = a.seed if a.seed is not None else random.randrange(1 << 30)
    print(f"seed {seed}")
    rng = random.Random(seed)
    errors = []
    with tempfile.TemporaryDirectory() as tmp:
        single = os.path.join(tmp, "single.json")
        ck_single = os.path.join(tmp, "ck-single")
        run([a.cairn, "check", LONG[0], "--config", LONG[1], "--workers", "1", "--report-json", single,
             "--checkpoint", ck_single, "--checkpoint-every", EVERY])
        one = outcome(single, "")[0]
        # A checkpoint of `cairn check` is not one of cairn-mpi: refused, with the way out.
        p = run(check_cmd(a, a.ranks[0], LONG, "--resume", ck_single))
        if p.returncode != 153 or "holds a checkpoint of `cairn check`" not in p.stdout + p.stderr:
            errors.append(f"resuming cairn check's checkpoint: exit {p.returncode}: {(p.stdout + p.stderr)[-400:]!r}")
        for ranks in a.ranks:
            _, want = finish(a, ranks, LONG, os.path.join(tmp, f"ref-{ranks}.json"))
            _, want_counters = finish(a, ranks, COUNTERS, os.path.join(tmp, f"ref-c-{ranks}.json"))
            print(f"np={ranks} uninterrupted: {want[0]}; Counters: {want_counters[0]}", flush=True)
            same = ("result", "exit_code", "distinct", "depth", "trace_length")
            if any(want[0].get(k) != one.get(k) for k in same):
                errors.append(f"np={ranks}: {want[0]} is not cairn check's {one}")
            errors += spilled(a, ranks, tmp, LONG, want)
            errors += spilled(a, ranks, tmp, COUNTERS, want_counters)
            errors += kill_and_resume(a, ranks, tmp, rng, want)
            if ranks == a.ranks[0]:
                errors += kill_and_resume(a, ranks, tmp, rng, want,
                                          ("--workdir", os.path.join(tmp, f"wd-kill-{ranks}"), "--spill-seen-at", "500"))
            errors += interrupt_and_resume(a, ranks, tmp, want)
            if ranks == a.ranks[0]:
                errors += mpirun_sigint(a, ranks, tmp)
                errors += init_memory(a, ranks, tmp)
            errors += unwritable(a, ranks, tmp)
    for e in errors:
        print("FAIL:", e)
    print("mpi long runs: ok" if not errors else f"mpi long runs: {len(errors)} failure(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
