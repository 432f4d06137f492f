\* cairn: command=simulate args="--seed 7 --depth 50" exit=12 violation=Inv trace_length=6
\* cairn: stdout~=^Found in behaviour \d+ \(\d+ states\), shrunk to 6 states\.$
\* cairn: same_stdout= same_stdout="--workers 2"
\* A random walk on 0..5 (up, down or stay) until x = 5 violates Inv. Cutting the
\* cycles leaves a path without a repeated state from 0 to the first 5, whose steps are
\* +1 or -1: that is 0, 1, 2, 3, 4, 5, the shortest counterexample (6 states).
\* The same seed gives the same output twice, and with 2 workers.
---- MODULE SimShrinkCycles ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Up == x' = x + 1
Down == x > 0 /\ x' = x - 1
Stay == x' = x
Next == Up \/ Down \/ Stay
Inv == x < 5
====
