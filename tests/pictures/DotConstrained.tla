\* dot: nodes=4 edges=5 ranks=2
\* n grows by 1 or 2 under CONSTRAINT n <= 3: the states 0..3 are in the model; TLC writes
\* no edge to a successor outside it (4, 5). Edges 0->1, 0->2, 1->2, 1->3, 2->3. Ranks are
\* the initial state and the expanded states with an edge: {0}, {1, 2} (3 has none).
---- MODULE DotConstrained ----
EXTENDS Naturals
VARIABLE n
Init == n = 0
Add(k) == n' = n + k
Next == \E k \in {1, 2} : Add(k)
Small == n <= 3
====
