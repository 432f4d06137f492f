#!/usr/bin/env python3
"""The HTML report (`cairn check --html FILE`) rendered in headless Chromium.

Usage: html_test.py PATH-TO-CAIRN   (exit 77, skipped, when chromium is not installed)

Pages: DotViolation (invariant, trace 0 -> 1 -> 3, graph of 7 states and 6 edges: see
DotViolation.tla), with Graphviz's picture when `dot` is installed and with the in-page
layout; HtmlLasso (liveness lasso: 3 states and a "back to state 1" column, 3 edges).
Chromium loads each page (--dump-dom: the DOM it built, and --screenshot) and the test
counts its elements: the trace table's state columns, value cells and changed cells, the
loop marks, and the picture's nodes and edges. The page must reference nothing outside it.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return name
    return None


def browser(exe, url, *args):
    cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1200,1400", *args, url]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def count(dom, pattern):
    return len(re.findall(pattern, dom))


def check_page(exe, cairn, tmp, spec, extra, want):
    page = os.path.join(tmp, spec + "".join(extra) + ".html")
    r = subprocess.run([cairn, "check", spec + ".tla", "--html", page, *extra], cwd=HERE, capture_output=True, text=True,
                       timeout=60)
    if not os.path.exists(page):
        return [f"{spec}: no page written (exit {r.returncode}): {r.stderr}"]
    text = open(page).read()
    failures = []
    if re.search(r'(src|href)\s*=\s*"(https?:|//)', text) or "<script" in text:
        failures.append(f"{spec}: the page is not self-contained")
    dom = browser(exe, "file://" + page, "--dump-dom").stdout
    got = {
        "state_columns": count(dom, r'<th class="state'),
        "value_cells": count(dom, r'<td class="value'),
        "changed_cells": count(dom, r'<td class="value changed'),
        "loop_marks": count(dom, r'class="state loop-start"') + count(dom, r'<th class="loop"'),
        "graph_nodes": count(dom.split('id="graph"', 1)[-1], r'class="node"'),
        "graph_edges": count(dom.split('id="graph"', 1)[-1], r'class="edge"'),
        "tables": count(dom, r"<table"),
    }
    for k, v in want.items():
        if got[k] != v:
            failures.append(f"{spec} {extra}: {k} = {got[k]}, expected {v}")
    shot = page + ".png"
    browser(exe, "file://" + page, "--screenshot=" + shot)
    if not os.path.exists(shot) or os.path.getsize(shot) < 10000:
        failures.append(f"{spec}: no screenshot")
    return failures


def main():
    cairn = os.path.abspath(sys.argv[1])
    exe = chromium()
    if not exe:
        print("html: chromium is not installed: skipped")
        return 77
    # 1 variable x 3 states; x changes at both steps; 3 tables: statistics, coverage, trace.
    violation = {"state_columns": 3, "value_cells": 3, "changed_cells": 2, "loop_marks": 0, "graph_nodes": 7,
                 "graph_edges": 6, "tables": 3}
    # 2 variables x 3 states; x changes at steps 2 and 3; state 1 marked and a back-to column.
    lasso = {"state_columns": 3, "value_cells": 6, "changed_cells": 2, "loop_marks": 2, "graph_nodes": 3,
             "graph_edges": 3, "tables": 3}
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        failures += check_page(exe, cairn, tmp, "DotViolation", [], violation)
        failures += check_page(exe, cairn, tmp, "DotViolation", ["--html-no-graphviz"], violation)
        failures += check_page(exe, cairn, tmp, "HtmlLasso", [], lasso)
    for f in failures:
        print("FAIL:", f)
    print(f"html: 3 pages, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
