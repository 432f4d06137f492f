#!/usr/bin/env python3
"""`cairn repl` and `cairn eval` (README "REPL").

Usage: repl_test.py PATH-TO-CAIRN

1. `cairn repl ReplSpec.tla --batch < input.txt`: stdout and stderr together must equal
   expected.txt (values in TLC's syntax, located errors, multi-line inputs, :load, :quit).
2. `cairn eval` cases below: the value printed and the exit code (TLC's: 75 for an
   evaluation error, 150 for a parse error).
3. `cairn repl` on a pseudo-terminal: the prompt, a value, :quit.
"""

import os
import pty
import select
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))

# (arguments after `cairn eval`, stdout, exit code); the values are TLC's (tlc2.REPL).
EVAL_CASES = [
    (["1 + 2"], "3\n", 0),
    (["{3, 1, 2}"], "{1, 2, 3}\n", 0),
    (["[b |-> 1, a |-> 2]"], "[b |-> 1, a |-> 2]\n", 0),  # a fresh record keeps its order
    (["[x \\in 1..3 |-> x * x]"], "<<1, 4, 9>>\n", 0),
    (["SUBSET {1, 2}"], "{{}, {1}, {2}, {1, 2}}\n", 0),
    (["(1 :> 2) @@ (3 :> 4)"], "(1 :> 2 @@ 3 :> 4)\n", 0),
    (["--spec", "ReplSpec.tla", "Double(N)"], "6\n", 0),  # N = 3 from ReplSpec.cfg
    (["1 = \"a\""], "", 75),
    (["1 +"], "", 150),
]


def repl_batch(cairn):
    with open(os.path.join(HERE, "input.txt")) as f:
        r = subprocess.run([cairn, "repl", "ReplSpec.tla", "--batch"], stdin=f, cwd=HERE,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=60)
    want = open(os.path.join(HERE, "expected.txt")).read()
    if r.stdout != want:
        return [f"repl --batch: output differs:\n{r.stdout}\n--- expected:\n{want}"]
    return [] if r.returncode == 0 else [f"repl --batch: exit {r.returncode}"]


def evals(cairn):
    failures = []
    for args, out, code in EVAL_CASES:
        r = subprocess.run([cairn, "eval", *args], cwd=HERE, capture_output=True, text=True, timeout=60)
        if r.stdout != out or r.returncode != code:
            failures.append(f"eval {args}: {r.stdout!r} exit {r.returncode}, expected {out!r} exit {code}")
        if code and "<expr>:1:" not in r.stderr:
            failures.append(f"eval {args}: the error is not located in the expression: {r.stderr!r}")
    return failures


def repl_pty(cairn):
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(HERE)
        os.environ["HOME"] = "/nonexistent"  # no history file
        os.execv(cairn, [cairn, "repl"])
    out = b""

    def read_until(token, timeout=30):
        nonlocal out
        end = time.time() + timeout
        while token not in out and time.time() < end:
            if select.select([fd], [], [], 0.5)[0]:
                try:
                    out += os.read(fd, 4096)
                except OSError:
                    break
        return token in out

    ok = read_until(b"(tla+) ")
    os.write(fd, b"6 * 7\n")
    ok = ok and read_until(b"42")
    os.write(fd, b":quit\n")
    _, status = os.waitpid(pid, 0)
    if not ok or status != 0:
        return [f"repl on a terminal: {out!r}, status {status}"]
    return []


def main():
    cairn = os.path.abspath(sys.argv[1])
    failures = repl_batch(cairn) + evals(cairn) + repl_pty(cairn)
    for f in failures:
        print("FAIL:", f)
    print(f"repl: {len(EVAL_CASES) + 2} checks, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
