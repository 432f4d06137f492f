#!/usr/bin/env python3
"""The DOT dump of the state graph (`cairn check --dump-dot`), on the Dot*.tla specs here.

Usage: dot_test.py PATH-TO-CAIRN

Each Dot*.tla states what TLC's `-dump dot` file holds for it in a `\\* dot:` line (nodes,
edges, `{rank = same; ...}` lines, exit code), derived by reasoning in its comments and
checked with TLC. The test counts them in cairn's file, with 1 and 2 workers (the file
must be the same but for nothing: it is written in serial BFS order), and renders it with
Graphviz (`dot -Tsvg`, when installed): the SVG must have as many nodes and edges.
Also: --dump-dot-max refuses a larger graph, --dump-dot-trace writes the counterexample.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def expectations(path):
    with open(path) as f:
        m = re.search(r"^\\\* dot: (.*)$", f.read(), re.M)
    return {k: int(v) for k, v in (kv.split("=") for kv in m.group(1).split())}


def counts(text):
    return {
        "nodes": len(re.findall(r"^-?\d+ \[label=", text, re.M)),
        "edges": len(re.findall(r"^-?\d+ -> -?\d+", text, re.M)),
        "ranks": len(re.findall(r"^\{rank = same;", text, re.M)),
    }


def run(cairn, spec, out, *args):
    cmd = [cairn, "check", spec, "--dump-dot", out, *args]
    return subprocess.run(cmd, cwd=HERE, capture_output=True, text=True, timeout=60)


def svg_counts(dot_file):
    svg = subprocess.run(["dot", "-Tsvg", dot_file], capture_output=True, text=True, timeout=60, check=True).stdout
    return svg.count('class="node"'), svg.count('class="edge"')


def main():
    cairn = os.path.abspath(sys.argv[1])
    failures = []
    tmp = tempfile.mkdtemp()
    have_dot = shutil.which("dot") is not None
    specs = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"Dot[A-Za-z]+\.tla", f))
    for spec in specs:
        want = expectations(os.path.join(HERE, spec))
        texts = []
        for workers in ("1", "2"):
            out = os.path.join(tmp, spec + workers + ".dot")
            r = run(cairn, spec, out, "--workers", workers, "--dump-dot-actionlabels")
            if r.returncode != want.get("exit", 0):
                failures.append(f"{spec}: exit {r.returncode}, expected {want.get('exit', 0)}: {r.stderr}")
                continue
            text = open(out).read()
            texts.append(text)
            got = counts(text)
            for k in ("nodes", "edges", "ranks"):
                if got[k] != want[k]:
                    failures.append(f"{spec} ({workers} workers): {k} = {got[k]}, expected {want[k]}")
            if have_dot:
                nodes, edges = svg_counts(out)
                if (nodes, edges) != (want["nodes"], want["edges"]):
                    failures.append(f"{spec}: dot -Tsvg drew {nodes} nodes, {edges} edges")
        if len(texts) == 2 and texts[0] != texts[1]:
            failures.append(f"{spec}: the DOT file differs between 1 and 2 workers")
    # Colours: one per action (2, 3, ...) and a legend with a node per action.
    out = os.path.join(tmp, "colour.dot")
    run(cairn, "DotCounter.tla", out, "--dump-dot-colorize")
    text = open(out).read()
    if 'color="2"' not in text or 'color="3"' not in text or "Inc [label=\"Inc\",fillcolor=2]" not in text:
        failures.append("DotCounter: --dump-dot-colorize: no colours or legend")
    # Labels with arguments, TLC's way (DotSignature.tla).
    out = os.path.join(tmp, "signature.dot")
    run(cairn, "DotSignature.tla", out, "--dump-dot-actionlabels")
    labels = sorted(re.findall(r'-> -?\d+ \[label="([^"]*)"', open(out).read()))
    if labels != ["A(0,{})", "A(1,{2, 3})"]:
        failures.append(f"DotSignature: edge labels {labels}")
    # The limit: 6 states refused under --dump-dot-max 5, with a message; the run's verdict stays.
    out = os.path.join(tmp, "refused.dot")
    r = run(cairn, "DotCounter.tla", out, "--dump-dot-max", "5")
    if os.path.exists(out) or "--dump-dot-max" not in r.stderr or r.returncode != 0:
        failures.append(f"DotCounter: --dump-dot-max 5 did not refuse the graph: {r.returncode} {r.stderr}")
    # The counterexample only: DotViolation's trace is 0 -> 1 -> 3 (3 nodes, 2 labelled edges).
    out = os.path.join(tmp, "trace.dot")
    subprocess.run([cairn, "check", "DotViolation.tla", "--dump-dot-trace", out], cwd=HERE, capture_output=True)
    text = open(out).read() if os.path.exists(out) else ""
    got = (len(re.findall(r"^\d+ \[label=", text, re.M)), re.findall(r'^\d+ -> \d+ \[label="(\w+)"', text, re.M))
    if got != (3, ["Inc1", "Inc2"]):
        failures.append(f"DotViolation: --dump-dot-trace gave {got}")
    elif have_dot:
        svg_counts(out)  # renders
    shutil.rmtree(tmp)
    for f in failures:
        print("FAIL:", f)
    print(f"dot: {len(specs)} specs, {len(failures)} failures" + ("" if have_dot else " (Graphviz absent: not rendered)"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
