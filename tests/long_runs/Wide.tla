---- MODULE Wide ----
\* A wide, shallow tree for the memory-limit tests (tests/long_runs/memory_test.py): level
\* k + 1 holds the B^k states (k, v) with v \in 0..B^k - 1, each carrying a function of L
\* values, so the frontier takes far more memory than the seen set (the last level is 3/4
\* of the states). Leaf is violated only by the last state of the last level: a run ends
\* with exit 12 after all (B^(D+1) - 1) / (B - 1) distinct states, with a trace of D + 1
\* states, whatever the memory limit.
EXTENDS Naturals
CONSTANTS B, D, L
VARIABLES n, v, pad
Init == n = 0 /\ v = 0 /\ pad = [i \in 1..L |-> 0]
Next == /\ n < D
        /\ n' = n + 1
        /\ \E d \in 0..B - 1 : v' = v * B + d
        /\ pad' = [i \in 1..L |-> (v' + i) % (i + 3)]
Leaf == ~(n = D /\ v = B ^ D - 1)
====
