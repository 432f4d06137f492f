\* cairn: command=check exit=12 distinct=4 depth=4 trace_length=4 result="safety failure"
\* cairn: args="--seed 5 --workers 2"
\* While a state is expanded its worker's generator is reseeded from the seed and the
\* state's fingerprint (TLC's TLCStateRandom in BFS), so each state has one successor
\* whatever worker expands it, and replaying the counterexample draws the same values:
\* the trace to n = 3 has 4 states.
---- MODULE RandomElementTrace ----
EXTENDS TLC, Naturals
VARIABLES x, n
Init == x = 0 /\ n = 0
Next == n < 3 /\ n' = n + 1 /\ x' = RandomElement(1..1000)
Inv == n < 3
====
