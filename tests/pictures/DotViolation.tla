\* dot: nodes=7 edges=6 ranks=2 exit=12
\* Initial 0 and 10; Inc1 adds 1, Inc2 adds 2. Level 1 writes 0->1, 0->2, 10->11, 10->12;
\* expanding 1 writes 1->2 (seen) and 1->3, which violates Inv: the search stops there,
\* the edge written (TLC writes it before checking the invariant). 7 nodes, 6 edges;
\* ranks {0, 10} and {1}.
---- MODULE DotViolation ----
EXTENDS Naturals
VARIABLE x
Init == x \in {0, 10}
Inc1 == x' = x + 1
Inc2 == x' = x + 2
Next == Inc1 \/ Inc2
Inv == x /= 3
====
