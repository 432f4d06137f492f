\* cairn: command=check exit=10 result="assumption failure"
\* cairn: stderr~=RecursionAssume\.tla:\d+:\d+: error: The evaluation recursed too deeply
\* Down(n) has no base case: it recurses forever. Evaluating the ASSUME must stop with a
\* located error (TLC's StackOverflowError report), an assumption evaluation error (exit 10).
---- MODULE RecursionAssume ----
EXTENDS Integers
RECURSIVE Down(_)
Down(n) == Down(n - 1) + 1
ASSUME Down(3) > 0
====
