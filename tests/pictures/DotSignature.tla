\* dot: nodes=2 edges=2 ranks=1 exit=11
\* Actions with arguments are labelled as TLC's Action.getInvocationSignature: the name and
\* its argument values joined by "," ("A(1,{2, 3})", "A(0,{})"). From x = 0, A(1, {2, 3})
\* goes to x = 3 and A(0, {}) loops; x = 3 has no successor (a deadlock: exit 11, no edge,
\* so no rank line of its own). 2 nodes, 2 edges, 1 rank line.
---- MODULE DotSignature ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = 0
A(k, S) == x < 3 /\ x' = x + k + Cardinality(S)
Next == A(1, {2, 3}) \/ A(0, {})
====
