#!/usr/bin/env python3
"""Runs the commands of the course (specs/README.md) as written, so that it stays true.

Usage: course_commands.py [PATH-TO-CAIRN] [--readme FILE]

Every line of a ```sh block in the README is a command, run from the root of the
repository with a shell, as a student would type it. Each line must end in a comment
that says what it gives:

    build/cairn check specs/X/X.tla     # exit 12: Invariant Inv is violated

the exit status, and optionally (after the colon) a text that must appear in its output
(stdout or stderr). With PATH-TO-CAIRN (e.g. CTest's build of cairn), a leading
`build/cairn` is replaced by that path; without it the commands run exactly as written.
The script also checks that the course mentions every lesson folder under specs/ (each
folder with an expected.json), so that a new lesson is not left out of it.
Prints one line per command; exits non-zero on any mismatch.
"""

import os
import re
import shlex
import subprocess
import sys

TIMEOUT_S = 120
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXPECT = re.compile(r"^(?P<cmd>.*?)\s+#\s*exit\s+(?P<code>\d+)(?::\s*(?P<text>.*\S))?\s*$")


def commands(readme_text):
    """Yields (line number, command, exit code, expected text or None, problem or None)."""
    in_sh = False
    for num, line in enumerate(readme_text.splitlines(), 1):
        fence = line.strip()
        if fence.startswith("```"):
            in_sh = not in_sh and fence == "```sh"
            continue
        if not in_sh or not fence:
            continue
        m = EXPECT.match(line)
        if not m:
            yield num, line.strip(), None, None, "no `# exit N` comment"
            continue
        yield num, m.group("cmd").strip(), int(m.group("code")), m.group("text"), None


def lesson_folders(specs_dir):
    return sorted(d for d in os.listdir(specs_dir)
                  if os.path.isfile(os.path.join(specs_dir, d, "expected.json")))


def run(cmd, cairn):
    if cairn and cmd.startswith("build/cairn "):
        cmd = shlex.quote(cairn) + cmd[len("build/cairn"):]
    try:
        proc = subprocess.run(cmd, shell=True, cwd=ROOT, capture_output=True, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return None, f"timed out after {TIMEOUT_S}s"
    out = proc.stdout.decode("utf-8", "replace") + proc.stderr.decode("utf-8", "replace")
    return proc.returncode, out


def main(argv):
    args = argv[1:]
    readme = os.path.join(ROOT, "specs", "README.md")
    if "--readme" in args:
        i = args.index("--readme")
        readme = args[i + 1]
        del args[i:i + 2]
    if len(args) > 1:
        print(__doc__, file=sys.stderr)
        return 2
    cairn = os.path.abspath(args[0]) if args else None
    with open(readme, encoding="utf-8") as f:
        text = f.read()
    failed = passed = 0
    for num, cmd, code, want, problem in commands(text):
        where = f"{os.path.relpath(readme, ROOT)}:{num}"
        if problem:
            print(f"FAIL {where}: {problem}: {cmd}")
            failed += 1
            continue
        got, out = run(cmd, cairn)
        problems = []
        if got != code:
            problems.append(f"exit: expected {code}, got {got}")
        if want is not None and want not in out:
            problems.append(f"output lacks {want!r}")
        if problems:
            failed += 1
            print(f"FAIL {where}: {cmd}")
            print("\n".join("    " + p for p in problems))
            print("\n".join("    | " + l for l in out.strip().splitlines()[-15:]))
        else:
            passed += 1
            print(f"PASS {where}: {cmd}")
    specs_dir = os.path.join(ROOT, "specs")
    for folder in lesson_folders(specs_dir):
        if f"`{folder}`" not in text:
            print(f"FAIL the course does not mention the lesson folder `{folder}`")
            failed += 1
    print(f"course commands: {passed} passed, {failed} failed")
    if passed == 0:
        print("FAIL: no commands found in " + readme)
        return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
