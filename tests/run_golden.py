#!/usr/bin/env python3
"""Golden tests: inputs that carry their own expectations.

Usage: run_golden.py PATH-TO-CAIRN GOLDEN-DIR [FILTER-REGEX]

Every `*.tla` file under GOLDEN-DIR (recursively) is one test, unless its first lines
hold no `\\* cairn:` line (then it is a helper module, e.g. one that another test
EXTENDS). The expectations are TLA+ comments at the top of the file, before the first
line that is neither blank nor a `\\*` comment:

    \\* cairn: command=check exit=12 distinct=8 depth=4 trace_length=3 result="safety failure"
    \\* cairn: args=--no-deadlock
    \\* cairn: stderr~=Bad\\.tla:5:17: error:
    \\* cairn: stdout~=some regex

Keys (each optional; only the stated ones are checked):
  command       check (default), simulate, parse or tlc: `cairn check F.tla ...` /
                `cairn simulate F.tla ...` (run like check) / `cairn parse F.tla` /
                `cairn tlc ARGS F.tla` (TLC's command line: its args come first, no
                report, so only exit and the output keys apply)
  args          extra arguments, split like a shell; several `args=` accumulate
  file          run cairn on this path (relative to the test's folder) instead of the
                test file itself, e.g. to test a missing file
  exit          expected exit status
  result, distinct, depth, trace_length, generated, left, workers
                compared with the same key of the `--report-json` report (check only)
  violation     compared with report["violation"]["name"]
  same_stdout   extra arguments of a second run whose stdout must be byte-identical to
                the first's but for the timing ("Finished in", "Liveness checked in", "Checking N temporal branches") and header lines (e.g.
                `same_stdout=` twice the same, `same_stdout="--workers 2"`); repeatable
  stderr~=, stdout~=  a Python regex that must be found (re.search, MULTILINE) in the
                output; takes the rest of the line; may be repeated
  stderr!~, stdout!~  a regex that must NOT be found
  tool_stdout   a file (beside the test) that stdout must equal once both are normalised
                as tool_normal() says: `-tool`'s framed messages without their times

cairn runs in the test's folder with the file name relative to it, so messages read
`File.tla:LINE:COL: error: ...`. For `check`, `--workers 1` is passed unless args name
--workers, and the config is cairn's default (the .cfg beside the module).
Exit status: 0 if every test passed, 1 otherwise.
"""

import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

TIMEOUT_S = 120
REPORT_KEYS = ("result", "distinct", "depth", "trace_length", "generated", "left", "workers")
INT_KEYS = ("exit", "distinct", "depth", "trace_length", "generated", "left", "workers")


class Spec:
    def __init__(self):
        self.command = "check"
        self.args = []
        self.file = None
        self.expect = {}  # key -> value
        self.regexes = []  # (stream, must_match, regex)
        self.same_stdout = []  # extra argument lists of reruns


def parse_header(path):
    """Returns a Spec, or None when the file has no `\\* cairn:` lines."""
    spec = Spec()
    found = False
    with open(path, encoding="utf-8", errors="replace") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.strip()
            if not line:
                continue
            if not line.startswith("\\*"):
                break
            body = line[2:].strip()
            if not body.startswith("cairn:"):
                continue
            found = True
            body = body[len("cairn:"):].strip()
            m = re.match(r"(stderr|stdout)(~=|!~)(.*)$", body)
            if m:
                regex = m.group(3).strip()
                try:
                    re.compile(regex)
                except re.error as e:
                    raise ValueError(f"{path}:{lineno}: bad regex {regex!r}: {e}")
                spec.regexes.append((m.group(1), m.group(2) == "~=", regex))
                continue
            try:
                words = shlex.split(body)
            except ValueError as e:
                raise ValueError(f"{path}:{lineno}: cannot split {body!r}: {e}")
            for w in words:
                if "=" not in w:
                    raise ValueError(f"{path}:{lineno}: expected key=value, got {w!r}")
                key, value = w.split("=", 1)
                if key == "command":
                    if value not in ("check", "simulate", "parse", "tlc"):
                        raise ValueError(f"{path}:{lineno}: unknown command {value!r}")
                    spec.command = value
                elif key == "args":
                    spec.args += shlex.split(value)
                elif key == "same_stdout":
                    spec.same_stdout.append(shlex.split(value))
                elif key == "file":
                    spec.file = value
                elif key == "tool_stdout":
                    spec.expect[key] = value
                elif key in INT_KEYS:
                    try:
                        spec.expect[key] = int(value)
                    except ValueError:
                        raise ValueError(f"{path}:{lineno}: {key} needs an integer, got {value!r}")
                elif key in ("result", "violation"):
                    spec.expect[key] = value
                else:
                    raise ValueError(f"{path}:{lineno}: unknown key {key!r}")
    return spec if found else None


def tail(text, n=25):
    lines = text.splitlines()
    if len(lines) > n:
        lines = ["..."] + lines[-n:]
    return "\n".join("      | " + l for l in lines)


def stable_stdout(text):
    """The output without what may differ between identical runs: timings, the header."""
    return [l for l in text.splitlines() if not re.match(r"(Finished in \d+ms|cairn \S+: \w+ |Liveness checked in |Checking \d+ temporal branch)", l)]


def tool_normal(text):
    """Framed -tool output without what differs between runs and machines: dates, times,
    rates, the version and mode banners, the folders of parsed files, SANY's per-module
    progress lines."""
    out = []
    lines = text.splitlines()
    for i, l in enumerate(lines):
        prev = lines[i - 1] if i else ""
        if re.match(r"@!@!@STARTMSG (2262|2187|2188):", prev):
            l = "<banner>"
        l = re.sub(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", "<time>", l)
        l = re.sub(r"Finished in \d+ms", "Finished in <ms>", l)
        l = re.sub(r"\([\d,]+ (s|ds)/min\)", r"(<rate> \1/min)", l)
        l = re.sub(r"temporal properties in \S+ at", "temporal properties in <s> at", l)
        if l.startswith("Parsing file "):
            l = "Parsing file " + re.split(r"[/\\]", l[len("Parsing file "):])[-1]
        if re.match(r"(Semantic processing of module|Linting of module) ", l):
            continue
        out.append(l)
    return out


def rerun_differs(cmd, extra, folder, first_out):
    """Runs cmd again with `extra` (replacing its --workers when extra has one)."""
    again = list(cmd)
    if "--workers" in extra and "--workers" in again:
        i = again.index("--workers")
        del again[i:i + 2]
    again += extra
    try:
        proc = subprocess.run(again, cwd=folder, capture_output=True, timeout=TIMEOUT_S)
    except (subprocess.TimeoutExpired, OSError) as e:
        return [f"rerun failed: {shlex.join(again)}: {e}"]
    second = proc.stdout.decode("utf-8", "replace")
    if stable_stdout(second) != stable_stdout(first_out):
        return [f"stdout of {shlex.join(again)} differs:\n" + tail(second)]
    return []


def run_one(cairn, path, spec):
    """Returns a list of failure messages (empty = pass)."""
    folder = os.path.dirname(path) or "."
    target = spec.file if spec.file is not None else os.path.basename(path)
    with tempfile.TemporaryDirectory(prefix="cairn-golden-") as tmp:
        report_path = os.path.join(tmp, "report.json")
        cmd = [cairn, spec.command, target]
        if spec.command == "tlc":
            cmd = [cairn, "tlc"] + spec.args + [target]
        elif spec.command in ("check", "simulate"):
            if not any(a == "--workers" or a.startswith("--workers=") for a in spec.args):
                cmd += ["--workers", "1"]
            cmd += ["--report-json", report_path]
        if spec.command != "tlc":
            cmd += spec.args
        try:
            proc = subprocess.run(cmd, cwd=folder, capture_output=True, timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            return [f"timed out after {TIMEOUT_S}s: {shlex.join(cmd)}"]
        except OSError as e:
            return [f"cannot run {shlex.join(cmd)}: {e}"]
        out = proc.stdout.decode("utf-8", "replace")
        err = proc.stderr.decode("utf-8", "replace")
        fails = []
        if "exit" in spec.expect and proc.returncode != spec.expect["exit"]:
            fails.append(f"exit: expected {spec.expect['exit']}, got {proc.returncode}")
        wanted = [k for k in REPORT_KEYS + ("violation",) if k in spec.expect]
        if wanted:
            report = None
            if spec.command not in ("check", "simulate"):
                fails.append(f"keys {wanted} need command=check")
            elif not os.path.exists(report_path):
                fails.append(f"no --report-json report written (needed for {', '.join(wanted)})")
            else:
                try:
                    with open(report_path, encoding="utf-8") as f:
                        report = json.load(f)
                except (OSError, ValueError) as e:
                    fails.append(f"unreadable report: {e}")
            if report is not None:
                for k in wanted:
                    exp = spec.expect[k]
                    if k == "violation":
                        v = report.get("violation") or {}
                        got = v.get("name") if isinstance(v, dict) else None
                    else:
                        got = report.get(k, "<missing>")
                    if got != exp:
                        fails.append(f"{k}: expected {exp!r}, got {got!r}")
        for stream, must, regex in spec.regexes:
            text = err if stream == "stderr" else out
            hit = re.search(regex, text, re.MULTILINE) is not None
            if must and not hit:
                fails.append(f"{stream} does not match /{regex}/")
            elif not must and hit:
                fails.append(f"{stream} matches /{regex}/ but must not")
        if "tool_stdout" in spec.expect:
            try:
                with open(os.path.join(folder, spec.expect["tool_stdout"]), encoding="utf-8") as f:
                    want = tool_normal(f.read())
                got = tool_normal(out)
                if got != want:
                    import difflib
                    d = "\n".join(difflib.unified_diff(want, got, "expected", "stdout", lineterm="", n=2))
                    fails.append("tool_stdout differs:\n" + tail(d, 40))
            except OSError as e:
                fails.append(f"tool_stdout: {e}")
        for extra in spec.same_stdout:
            fails += rerun_differs(cmd, extra, folder, out)
        if fails:
            fails.insert(0, f"command: (cd {folder} && {shlex.join(cmd)})")
            if err.strip():
                fails.append("stderr:\n" + tail(err))
            if out.strip():
                fails.append("stdout:\n" + tail(out))
        return fails


def main(argv):
    if len(argv) not in (3, 4):
        print(__doc__, file=sys.stderr)
        return 2
    cairn = os.path.abspath(argv[1])
    root = os.path.abspath(argv[2])
    flt = re.compile(argv[3]) if len(argv) == 4 else None
    if not os.path.exists(cairn):
        print(f"FAIL: cairn binary not found: {cairn}")
        return 1
    tests = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for fn in sorted(filenames):
            if fn.endswith(".tla"):
                tests.append(os.path.join(dirpath, fn))
    passed = failed = 0
    for path in tests:
        rel = os.path.relpath(path, root)
        if flt and not flt.search(rel):
            continue
        try:
            spec = parse_header(path)
        except ValueError as e:
            print(f"FAIL {rel}: bad expectation header: {e}")
            failed += 1
            continue
        if spec is None:
            continue  # a helper module
        fails = run_one(cairn, path, spec)
        if fails:
            failed += 1
            print(f"FAIL {rel}")
            for f in fails:
                print("    " + f)
        else:
            passed += 1
            print(f"PASS {rel}")
    print(f"golden: {passed} passed, {failed} failed")
    if passed + failed == 0:
        print("FAIL: no golden tests found under " + root)
        return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
