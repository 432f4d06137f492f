---- MODULE InitStop ----
\* An Init that takes many seconds to enumerate (N candidates, W evaluations each, one in
\* 100 kept), for the interrupt test (stop_phases_test.py).
EXTENDS Naturals, FiniteSets
CONSTANTS N, W
VARIABLE x
Heavy(v) == Cardinality({i \in 1..W : (i * v) % 7 = 0}) >= 0 /\ v % 100 = 0
Init == x \in 0..N /\ Heavy(x)
Next == UNCHANGED x
====
