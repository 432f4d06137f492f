\* cairn: exit=255 distinct=3 depth=2 generated=3 left=2
\* cairn: args="--workers 2"
\* cairn: stderr~=LivenessEdgeLabelError\.tla:13:14: error: The second argument of \\div is 0\.
\* cairn: same_stdout="--workers 1"
\* As LivenessStateLabelError, for an action predicate of a property: it is evaluated on
\* each edge of the state being labelled, and divides by x' - x - 1, which fails on the steps
\* x -> x + 1: the first successor of x = 0. TLC labels x = 0 after generating its two
\* successors (x' \in {1, 2}), so the search stops there: 1 initial + 2 successors = 3
\* generated, 3 distinct, 2 left on the queue, depth 2, the trace is x = 0 alone; exit 255.
---- MODULE LivenessEdgeLabelError ----
EXTENDS Naturals
VARIABLE x
Act == []<><<10 \div (x' - x - 1) > 0>>_x
Init == x = 0
Next == x' \in {(x + 1) % 4, (x + 2) % 4}
Spec == Init /\ [][Next]_x /\ WF_x(Next)
====
