#!/usr/bin/env python3
"""Differential tester: evaluates constant expressions with cairn and with TLC and compares.

    runner.py CAIRN [--corpus tests/differential/corpus.jsonl]
        Replay: evaluates every expression of the corpus with cairn and compares the
        printed value (or the error) with the TLC answer recorded in the corpus.
    CAIRN_TLC=/path/to/tlc runner.py CAIRN --seeds 1-20 --count 500 [--write-corpus FILE]
        Live: generates expressions (gen.py), evaluates them with TLC and with cairn,
        compares, and optionally writes them with TLC's answers as a replay corpus.
        CAIRN_TLC names a command that runs tlc2.TLC with its arguments.

A corpus line is {"id", "expr", "tlc": printed value or null for an error, "known": why}:
"known" marks a disagreement that is understood and not fixed yet (README); replay lists
those apart and does not fail on them.

An expression's answer is what `PrintT(<<i, e>>)` prints (TLC's format, e.g. wrapped lines
for long values), or "error" when evaluating or printing it fails. Expressions are batched
into one module per process; both checkers stop at the first ASSUME that fails, so:
  - TLC's module wraps each in `ASSUME AssertError("", PrintT(<<i, e>>)) \\/ TRUE`: TLCExt's
    AssertError catches the evaluation error (message "" never matches), and a marker
    `ASSUME PrintT(<<"@", i>>)` after each shows how far TLC got if something escapes it;
  - cairn's module has `ASSUME PrintT(<<i, e>>)`; the expressions TLC rejects run one per
    process, and after an unexpected error at i the rest is run again.
A module that does not parse is split in halves until the culprit is alone.
Exit status: 0 if every expression agrees, 1 otherwise (mismatches listed, and written as
JSON lines to --mismatches FILE when given).
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402
import gen_community  # noqa: E402

ERROR = "error"
MODULE = "Diff"
BATCH = 400
EXTRA_EXTENDS = []  # --gen community: the community modules the batch module extends
LIBS = []  # --lib: folders of modules, passed to cairn and linked into TLC's folder


def prelude():
    """Module head shared by both checkers' modules: the same interning order of strings."""
    fields = ", ".join(f"{s} |-> 0" for s in gen.STRINGS)
    return (f"---- MODULE {MODULE} ----\n"
            f"EXTENDS {', '.join(['Integers', 'Sequences', 'FiniteSets', 'TLC', 'TLCExt'] + EXTRA_EXTENDS)}\n"
            f"CONSTANTS {', '.join(gen.MODEL_VALUES)}\n"
            f"Strings == [{fields}]\n")


def cfg_text():
    return "".join(f"CONSTANT {m} = {m}\n" for m in gen.MODEL_VALUES)


def tlc_module(exprs):
    body = []
    for i, e in enumerate(exprs):
        body.append(f'ASSUME AssertError("", PrintT(<<{i}, {e}>>)) \\/ TRUE\n')
        body.append(f'ASSUME PrintT(<<"@", {i}>>)\n')
    return prelude() + "".join(body) + "====\n"


def cairn_module(exprs):
    return prelude() + "".join(f"ASSUME PrintT(<<{i}, {e}>>)\n" for i, e in enumerate(exprs)) + "====\n"


def link_libs(folder):
    """TLC reads the modules from the spec's folder first: the same texts as cairn's --lib
    (not the older copies inside CommunityModules.jar; its Java overrides still apply)."""
    for lib in LIBS:
        for name in os.listdir(lib):
            dst = os.path.join(folder, name)
            if name.endswith(".tla") and name != MODULE + ".tla" and not os.path.exists(dst):
                os.symlink(os.path.join(lib, name), dst)


def run(cmd, folder, text, timeout):
    with open(os.path.join(folder, MODULE + ".tla"), "w") as f:
        f.write(text)
    with open(os.path.join(folder, MODULE + ".cfg"), "w") as f:
        f.write(cfg_text())
    try:
        p = subprocess.run(cmd, cwd=folder, capture_output=True, text=True, timeout=timeout)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode() if isinstance(e.stdout, bytes) else (e.stdout or "")
        return None, out, ""


VALUE_START = re.compile(r"^<< ?(\d+),")


def values_in(lines):
    """The printed `<<i, v>>` values in output lines: {i: v}. TLC wraps a value longer
    than 80 columns over lines that start with a space (`<< i,` / `   v >>`)."""
    vals, cur, buf = {}, None, []

    def flush():
        if cur is not None:
            text = "\n".join(buf)
            vals[cur] = re.sub(r"\s*>>$", "", re.sub(r"^<< ?\d+,\s*", "", text))

    for line in lines:
        m = VALUE_START.match(line)
        if m:
            flush()
            cur, buf = int(m.group(1)), [line]
        elif cur is not None and line.startswith(" "):
            buf.append(line)
        else:
            flush()
            cur, buf = None, []
    flush()
    return vals


# ---- TLC --------------------------------------------------------------------------------
def tlc_batch(tlc, exprs, folder, timeout):
    """TLC's answers for exprs: list of value text / ERROR / 'crash: ...' / 'timeout'."""
    answers = [None] * len(exprs)
    start = 0
    while start < len(exprs):
        part = exprs[start:]
        rc, out, err = run(tlc + ["-workers", "1", "-noGenerateSpecTE", "-config", MODULE + ".cfg",
                                  MODULE + ".tla"], folder, tlc_module(part), timeout)
        lines = out.splitlines()
        marks = [int(m.group(1)) for m in (re.match(r'^<<"@", (\d+)>>$', l) for l in lines) if m]
        if rc not in (0, None) and not marks and not values_in(lines):
            # nothing was evaluated: a parse or semantic error, or a literal TLC rejects
            if len(part) == 1:
                answers[start] = "crash: " + first_error(lines + err.splitlines())
                start += 1
                continue
            half = len(part) // 2  # a module TLC rejects: find the culprit
            left = tlc_batch(tlc, part[:half], folder, timeout)
            right = tlc_batch(tlc, part[half:], folder, timeout)
            answers[start:] = left + right
            return answers
        if any(l.startswith("Starting...") for l in lines):
            lines = lines[[l.startswith("Starting...") for l in lines].index(True):]
        vals = values_in(lines)
        done = max(marks) + 1 if marks else 0
        for i in range(done):
            answers[start + i] = vals.get(i, ERROR)
        if done < len(part):
            answers[start + done] = "timeout" if rc is None else "crash: " + first_error(lines)
            done += 1
        start += done
    return answers


def first_error(lines):
    for i, l in enumerate(lines):
        if l.startswith("Error") or "error" in l.lower():
            return " ".join(x.strip() for x in lines[i:i + 3])[:300]
    return (lines[-1] if lines else "no output")[:300]


# ---- cairn ----------------------------------------------------------------------------------
def cairn_batch(cairn, exprs, folder, timeout):
    """cairn's answers: value text, ERROR (with the message kept in .messages), 'crash: ...'."""
    answers = [None] * len(exprs)
    messages = {}
    start = 0
    while start < len(exprs):
        part = exprs[start:]
        libs = [x for lib in LIBS for x in ("--lib", lib)]
        rc, out, err = run([cairn, "check", MODULE + ".tla", "--workers", "1", "--quiet"] + libs, folder,
                           cairn_module(part), timeout)
        vals = values_in(out.splitlines())
        done = 0
        while done in vals:
            answers[start + done] = vals[done]
            done += 1
        if done == len(part) and rc == 0:
            break
        if rc == 150 and done == 0 and len(part) > 1:
            half = len(part) // 2  # a module cairn rejects: find the culprit
            left, lm = cairn_batch(cairn, part[:half], folder, timeout)
            right, rm = cairn_batch(cairn, part[half:], folder, timeout)
            answers[start:] = left + right
            messages.update({start + k: v for k, v in lm.items()})
            messages.update({start + half + k: v for k, v in rm.items()})
            return answers, messages
        if done < len(part):
            msg = (err.strip() or out.strip()).splitlines()
            msg = msg[0] if msg else ""
            if rc == 10:
                answers[start + done] = ERROR
            elif rc is None:
                answers[start + done] = "timeout"
            else:
                answers[start + done] = f"crash: exit {rc}"
            messages[start + done] = msg[:300]
            done += 1
        start += done
    return answers, messages


def cairn_answers(cairn, exprs, expected, folder, timeout):
    """cairn_batch over all exprs, but each expression TLC rejects runs alone: cairn stops
    at the first failing ASSUME, and a rerun per error would parse the rest again."""
    got, msgs = [None] * len(exprs), {}
    fails = [k for k, e in enumerate(expected) if e == ERROR]
    rest = [k for k in range(len(exprs)) if expected[k] != ERROR]
    for group in [rest] + [[k] for k in fails]:
        if not group:
            continue
        g, m = cairn_batch(cairn, [exprs[k] for k in group], folder, timeout)
        for j, k in enumerate(group):
            got[k] = g[j]
            if j in m:
                msgs[k] = m[j]
    return got, msgs


def squeeze(text):
    """A value's text without white space: TLC wraps long values (tlc2.pprint), cairn not."""
    return re.sub(r"\s+", "", text)


def same(a, b):
    return a == b or (a is not None and b is not None and squeeze(a) == squeeze(b))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cairn")
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--corpus", default=os.path.join(here, "corpus.jsonl"))
    ap.add_argument("--seeds", help="live mode: seed range A-B")
    ap.add_argument("--expr", action="append", help="live mode: evaluate this expression (repeatable)")
    ap.add_argument("--count", type=int, default=500, help="expressions per seed")
    ap.add_argument("--error-rate", type=float, default=0.004)
    ap.add_argument("--write-corpus", help="live mode: write expressions with TLC's answers here")
    ap.add_argument("--mismatches", help="write the disagreements as JSON lines here")
    ap.add_argument("--timeout", type=int, default=300)
    ap.add_argument("--batch", type=int, default=BATCH)
    ap.add_argument("--gen", choices=["std", "community"], default="std",
                    help="live mode: gen.py (standard modules) or gen_community.py (the module "
                         "also EXTENDS gen_community.EXTENDS; give --lib); replay: the same EXTENDS")
    ap.add_argument("--lib", action="append", default=[],
                    help="a folder of modules (the CommunityModules' .tla files): cairn's --lib, "
                         "and linked into TLC's folder")
    a = ap.parse_args()
    cairn = os.path.abspath(a.cairn)
    generator = gen_community if a.gen == "community" else gen
    if a.gen == "community":
        EXTRA_EXTENDS[:] = gen_community.EXTENDS
    LIBS[:] = [os.path.abspath(x) for x in a.lib]
    for lib in LIBS:
        if not os.path.isdir(lib):
            print(f"no module folder {lib}: skipped", file=sys.stderr)
            return 0

    if a.seeds or a.expr:
        tlc = os.environ.get("CAIRN_TLC")
        if not tlc:
            sys.exit("live mode needs CAIRN_TLC (a command that runs tlc2.TLC)")
        items = [{"id": f"expr{i}", "expr": e} for i, e in enumerate(a.expr or [])]
        lo, _, hi = (a.seeds or "1-0").partition("-")
        for seed in range(int(lo), int(hi or lo) + 1):
            items += generator.generate(seed, a.count) if a.gen == "community" else \
                gen.generate(seed, a.count, a.error_rate)
    else:
        tlc = None
        with open(a.corpus) as f:
            items = [json.loads(l) for l in f if l.strip()]

    t0 = time.time()
    mismatches, counts = [], {"agree": 0, "disagree": 0, "known": 0, "tlc_error": 0}
    corpus_out = []
    with tempfile.TemporaryDirectory(prefix="cairn-diff-") as folder:
        if tlc:
            link_libs(folder)
        for b in range(0, len(items), a.batch):
            chunk = items[b:b + a.batch]
            exprs = [it["expr"] for it in chunk]
            if tlc:
                expected = tlc_batch(tlc.split(), exprs, folder, a.timeout)
            else:
                expected = [ERROR if it["tlc"] is None else it["tlc"] for it in chunk]
            got, msgs = cairn_answers(cairn, exprs, expected, folder, a.timeout)
            for k, it in enumerate(chunk):
                exp = expected[k]
                counts["tlc_error"] += exp == ERROR
                if tlc and not exp.startswith(("crash", "timeout")):
                    corpus_out.append({"id": it["id"], "expr": it["expr"], "tlc": None if exp == ERROR else exp})
                if same(exp, got[k]):
                    counts["agree"] += 1
                    if it.get("known"):
                        print(f"NOW AGREES {it['id']} (known: {it['known']}): drop its mark", file=sys.stderr)
                elif it.get("known"):
                    counts["known"] += 1
                else:
                    counts["disagree"] += 1
                    mismatches.append({"id": it["id"], "expr": it["expr"], "tlc": exp, "cairn": got[k],
                                       "cairn_message": msgs.get(k, "")})
            print(f"{b + len(chunk)}/{len(items)} expressions, {counts['disagree']} disagreements "
                  f"({time.time() - t0:.0f} s)", file=sys.stderr, flush=True)

    if a.write_corpus:
        with open(a.write_corpus, "w") as f:
            for o in corpus_out:
                f.write(json.dumps(o) + "\n")
    if a.mismatches:
        with open(a.mismatches, "w") as f:
            for m in mismatches:
                f.write(json.dumps(m) + "\n")
    for m in mismatches[:50]:
        print(f"DISAGREE {m['id']}: {m['expr']}\n   TLC:   {m['tlc']}\n   cairn: {m['cairn']} {m['cairn_message']}")
    print(f"{counts['agree']} agree, {counts['disagree']} disagree, {counts['known']} known disagreements, of {len(items)} "
          f"({counts['tlc_error']} are errors in TLC); {time.time() - t0:.1f} s")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
