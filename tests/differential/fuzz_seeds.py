#!/usr/bin/env python3
"""Seed corpus for the fuzz_assume libFuzzer target (README, Fuzzing).

Usage: fuzz_seeds.py OUTDIR

Writes every module of tests/golden (one seed file each) and modules of 20 corpus
expressions each as `ASSUME PrintT(<<i, e>>)` lines (tests/differential/corpus.jsonl) into OUTDIR.
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    here = os.path.dirname(os.path.abspath(__file__))
    golden = os.path.join(here, "..", "golden")
    n = 0
    for root, _, files in os.walk(golden):
        for f in sorted(files):
            if f.endswith(".tla"):
                with open(os.path.join(root, f), encoding="utf-8", errors="replace") as src:
                    text = src.read()
                with open(os.path.join(out, f"golden-{n}-{f}"), "w") as dst:
                    dst.write(text)
                n += 1
    with open(os.path.join(here, "corpus.jsonl")) as f:
        exprs = [json.loads(l)["expr"] for l in f if l.strip()]
    for k in range(0, len(exprs), 20):
        with open(os.path.join(out, f"exprs-{k // 20}.tla"), "w") as dst:
            # fuzz_assume runs with an empty cfg: the model values become definitions
            text = runner.cairn_module(exprs[k:k + 20])
            text = text.replace(f"CONSTANTS {', '.join(runner.gen.MODEL_VALUES)}\n",
                                "".join(f'{m} == "{m}"\n' for m in runner.gen.MODEL_VALUES))
            dst.write(text)
        n += 1
    print(f"{n} seed modules in {out}")


if __name__ == "__main__":
    main()
