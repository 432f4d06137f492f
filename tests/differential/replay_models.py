#!/usr/bin/env python3
"""Replays the whole-model corpus: regenerates each model from its seed and checks cairn's
answers against TLC's stored ones (no TLC needed).

    replay_models.py CAIRN [--corpus tests/differential/models.jsonl] [--workers-2] [--every N]

A corpus line is {"seed", "version", "tlc": {"exit", "distinct", "depth", "trace",
"generated"}} as compare_models.py --seeds --write-corpus writes it (null: TLC printed no
such number), optionally with "known": why a disagreement is understood and not fixed
yet (listed, not failed). The model is gen_models.generate(seed), which must be of the
seed's generator version (gen_models.version) (a changed generator needs a re-recorded corpus). cairn runs with 1
worker and, with --workers-2, also with 2 (then only the exit code and, on success, the
distinct and generated counts are compared, as compare_models.py does). --every N replays
only every Nth line of the corpus (the 1st, the N+1st, ...): a quicker sample of a large one.
Exit status: 0 if every model agrees.
"""

import argparse
import json
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compare_models  # noqa: E402
import gen_models  # noqa: E402


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cairn")
    ap.add_argument("--corpus", default=os.path.join(here, "models.jsonl"))
    ap.add_argument("--workers-2", action="store_true", help="also run cairn with 2 workers")
    ap.add_argument("--every", type=int, default=1, metavar="N", help="replay only every Nth corpus line")
    a = ap.parse_args()
    cairn = os.path.abspath(a.cairn)  # cairn runs in the models' folder
    with open(a.corpus) as f:
        entries = [json.loads(line) for line in f if line.strip()]
    entries = entries[::max(a.every, 1)]
    stale = [e["seed"] for e in entries if e["version"] != gen_models.version(e["seed"])]
    if stale:
        sys.exit(f"corpus entries of another generator version: seeds {stale[:5]}...")
    folder = tempfile.mkdtemp(prefix="cairn-replay-")
    bad, known = [], []
    try:
        for e in entries:
            spec = gen_models.write(e["seed"], folder)
            c1, out = compare_models.run_cairn(cairn, spec, 1, [])
            c2 = compare_models.run_cairn(cairn, spec, 2, [])[0] if a.workers_2 else c1
            diff = compare_models.differs(e["tlc"], c1, c2)
            if diff and e.get("known"):
                known.append((e["seed"], diff, e["known"]))
            elif diff:
                bad.append((e["seed"], diff, e["tlc"], c1, out))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for seed, diff, tlc, c1, out in bad:
        print(f"DIFF {diff} seed {seed}: tlc={tlc} cairn={c1}\n" + "\n".join(out.splitlines()[-8:]))
    for seed, diff, why in known:
        print(f"known {diff} seed {seed}: {why}")
    print(f"models: {len(entries) - len(bad) - len(known)}/{len(entries)} agree with TLC, "
          f"{len(known)} known, {len(bad)} disagree")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
