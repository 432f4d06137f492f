---- MODULE InitOneStop ----
\* One initial state whose value takes tens of seconds to compute (6^9 functions, each
\* tested): a signal stops the evaluation itself, not only between initial states.
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = Cardinality({f \in [1..9 -> 1..6] : \A i \in 1..9 : f[i] > 0})
Next == UNCHANGED x
====
