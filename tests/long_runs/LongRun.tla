---- MODULE LongRun ----
\* A slow, deep grid for the interrupt and checkpoint tests (tests/long_runs/): the
\* states are the points (a, b) of [0..K] x [0..K], a level per a + b (2K + 1 levels),
\* and Work costs W evaluations per state, so that a run lasts seconds. NotCorner is
\* violated only at (K, K), the last level: a run ends with exit 12 and a trace of
\* 2K + 1 states, after (K + 1)^2 distinct states.
EXTENDS Naturals, FiniteSets
CONSTANTS K, W
VARIABLES a, b
Init == a = 0 /\ b = 0
Next == \/ a < K /\ a' = a + 1 /\ b' = b
        \/ b < K /\ b' = b + 1 /\ a' = a
Work == Cardinality({i \in 1..W : (i * a + b) % 7 = 0}) >= 0
NotCorner == ~(a = K /\ b = K)
====
