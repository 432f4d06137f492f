---- MODULE AssumeStop ----
\* An ASSUME that takes tens of seconds (6^9 functions filtered lazily, then counted),
\* for the interrupt test (stop_phases_test.py): a signal stops it within a poll.
EXTENDS Naturals, FiniteSets
ASSUME Cardinality({f \in [1..9 -> 1..6] : \A i \in 1..9 : f[i] > 0}) > 0
VARIABLE x
Init == x = 0
Next == UNCHANGED x
====
