#!/usr/bin/env python3
"""`cairn check --dump-trace-json FILE` (TLC's -dumpTrace json FILE).

Usage: trace_json_test.py PATH-TO-CAIRN

DotViolation's counterexample is 0 -Inc1-> 1 -Inc2-> 3 (see DotViolation.tla); TLC's
_JsonTrace writes it as CounterExample's record: the states numbered from 1, each step an
edge [from, action record (name, location of the disjunct), to]. Inc1 is line 10, Inc2
line 11, columns 9 to 18. Written by TLC byte for byte the same (checked); a successful
run writes no file.
"""

import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def action(name, line):
    loc = {"beginLine": line, "beginColumn": 9, "endLine": line, "endColumn": 18, "module": "DotViolation"}
    return {"name": name, "location": loc}


S1, S2, S3 = [1, {"x": 0}], [2, {"x": 1}], [3, {"x": 3}]
EXPECTED = {
    "counterexample": {"action": [[S1, action("Inc1", 10), S2], [S2, action("Inc2", 11), S3]], "state": [S1, S2, S3]},
    "vars": ["x"],
}


def main():
    cairn = os.path.abspath(sys.argv[1])
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "trace.json")
        r = subprocess.run([cairn, "check", "DotViolation.tla", "--dump-trace-json", out], cwd=HERE,
                           capture_output=True, text=True, timeout=60)
        text = open(out).read() if os.path.exists(out) else "{}"
        if r.returncode != 12 or json.loads(text) != EXPECTED:
            failures.append(f"DotViolation: exit {r.returncode}, {text}")
        # TLC's key order (an ordered record, not sorted keys).
        if not text.startswith('{"counterexample":{"action":[[[1,{"x":0}],{"name":"Inc1","location":{"beginLine":10,'):
            failures.append(f"DotViolation: not TLC's layout: {text[:120]}")
        ok = os.path.join(tmp, "none.json")
        subprocess.run([cairn, "check", "DotCounter.tla", "--dump-trace-json", ok], cwd=HERE, capture_output=True)
        if os.path.exists(ok):
            failures.append("DotCounter: a successful run wrote a trace")
    for f in failures:
        print("FAIL:", f)
    print(f"trace json: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
