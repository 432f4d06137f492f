\* cairn: exit=0 distinct=9 depth=5
\* \A p \in P : Single(p)!Spec holds: each c[p] counts 0, 1, 2 one step at a time (other
\* processes' steps stutter for it) and, under WF of each Inc(p), reaches 2. TLC unrolls the
\* \A over the constant P and checks each [][Next]_c as an action property, so the
\* "actions only in <>[]A or []<>A" rule (Liveness.classifyExpr) does not refuse it.
\* 3 x 3 values of c: 9 states, depth 5 (from <<0, 0>> to <<2, 2>>).
---- MODULE RefineEach ----
EXTENDS Naturals
CONSTANT P
VARIABLE c
Init == c = [p \in P |-> 0]
Inc(p) == c[p] < 2 /\ c' = [c EXCEPT ![p] = @ + 1]
Spec == Init /\ [][\E p \in P : Inc(p)]_c /\ \A p \in P : WF_c(Inc(p))
Single(p) == INSTANCE RefineEachAbs WITH c <- c[p], N <- 2
Refines == \A p \in P : Single(p)!Spec
====
