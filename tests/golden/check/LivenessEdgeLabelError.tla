\* cairn: exit=75 distinct=4 depth=3 generated=9
\* cairn: args="--workers 2"
\* cairn: stderr~=LivenessEdgeLabelError\.tla:14:14: error: The second argument of \\div is 0\.
\* As LivenessStateLabelError, for an action predicate of a property: it is evaluated on
\* each edge as the safety search enumerates it, and divides by x' - x - 1, which fails on
\* the steps x -> x + 1: the first successor of x = 0 (x' \in {1, 2} is enumerated in
\* order). The error (exit 75, at the \div) comes after the safety search, which still
\* gets every successor: 1 initial state + 2 successors of each of the 4 states = 9
\* generated, 4 distinct, depth 3 (3 is first reached from 1 or 2). A successor lost or
\* given twice after the error would change the generated count.
---- MODULE LivenessEdgeLabelError ----
EXTENDS Naturals
VARIABLE x
Act == []<><<10 \div (x' - x - 1) > 0>>_x
Init == x = 0
Next == x' \in {(x + 1) % 4, (x + 2) % 4}
Spec == Init /\ [][Next]_x /\ WF_x(Next)
====
