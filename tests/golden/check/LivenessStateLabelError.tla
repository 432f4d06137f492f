\* cairn: exit=255 distinct=4 depth=4 generated=4 left=1
\* cairn: args="--workers 2"
\* cairn: stderr~=LivenessStateLabelError\.tla:14:14: error: The second argument of \\div is 0\.
\* cairn: same_stdout="--workers 1"
\* x cycles through 0..3. The property's state predicate divides by 2 - x, which fails on the
\* state x = 2. TLC labels each state for liveness when it expands it, after its successors
\* (Worker.doNextCheckLiveness): expanding x = 2 has generated x = 3 (1 initial + 3
\* successors = 4 generated, 4 distinct, x = 3 still queued, depth 4), and the error stops the
\* search there with the trace to x = 2. Any error labelling a state is EC.GENERAL for TLC:
\* exit 255, not the 75 of an error in the next-state relation.
---- MODULE LivenessStateLabelError ----
EXTENDS Naturals
VARIABLE x
Prop == []<>(10 \div (2 - x) > 0)
Init == x = 0
Next == x' = (x + 1) % 4
Spec == Init /\ [][Next]_x /\ WF_x(Next)
====
