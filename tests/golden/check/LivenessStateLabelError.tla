\* cairn: exit=75 distinct=4 depth=4 generated=5
\* cairn: args="--workers 2"
\* cairn: stderr~=LivenessStateLabelError\.tla:12:14: error: The second argument of \\div is 0\.
\* x cycles through 0..3 (4 distinct states, 1 initial + 4 successors generated, depth 4)
\* and the safety search succeeds. The property's state predicate divides by 2 - x, which
\* fails on the state x = 2: the liveness labels, computed while the safety search runs
\* (with 2 workers here), report that evaluation error (exit 75) at the \div, after the
\* safety search's counts, not as an error of the next-state relation.
---- MODULE LivenessStateLabelError ----
EXTENDS Naturals
VARIABLE x
Prop == []<>(10 \div (2 - x) > 0)
Init == x = 0
Next == x' = (x + 1) % 4
Spec == Init /\ [][Next]_x /\ WF_x(Next)
====
