\* dot: nodes=6 edges=10 ranks=3
\* Two initial states (y = 0, 1); Inc raises x to 2, Flip toggles y: the 3 * 2 states
\* (x, y) are all reachable. Every state has a Flip edge (6), and the 4 with x < 2 an Inc
\* edge: 10 edges, none a duplicate pair. Ranks: the BFS levels x = 0, 1, 2.
---- MODULE DotCounter ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y \in {0, 1}
Inc == x < 2 /\ x' = x + 1 /\ UNCHANGED y
Flip == y' = 1 - y /\ UNCHANGED x
Next == Inc \/ Flip
====
