\* cairn: command=simulate args="--seed 1" exit=12 violation=Inv trace_length=6
\* cairn: stdout~=^Found in behaviour 1 \(6 states\), shrunk to 6 states\.$
\* cairn: stdout~=^Simulation using seed 1 \(replay: --seed 1\)\.$
\* cairn: same_stdout= same_stdout="--workers 2"
\* Every behaviour is x = 0, 1, 2, ...: the first one violates Inv at x = 5, its 6th
\* state, and no shorter behaviour exists, so shrinking keeps 6 states. One behaviour
\* only, whatever the worker count (a violation at index 1 stops the run).
---- MODULE SimLine ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1
Inv == x < 5
====
