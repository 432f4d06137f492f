\* cairn: command=check exit=0 distinct=19 depth=7 generated=25 left=0
\* Closed constant subexpressions are evaluated once (checker/fold.cpp); these are not closed:
\* the filter depends on the bound i, TLCGet("level") on the state. 19/7/25 from a direct BFS.
---- MODULE FoldConstants ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLES x, lvl
Init == x = 0 /\ lvl = 1
Step(i) == LET Twice(k) == {1, 2} \X {k} IN Cardinality({j \in 1..i : j > 0}) + Cardinality(Twice(i)) - 2
Next == /\ x < 6
        /\ \E i \in 1..2 : x' = x + Step(i)
        /\ lvl' = TLCGet("level") + 1
Inv == /\ lvl = TLCGet("level")
       /\ x \in {k \in 0..7 : TRUE}
       /\ [n \in {1, 2} |-> n * 2] = (1 :> 2 @@ 2 :> 4)
====
