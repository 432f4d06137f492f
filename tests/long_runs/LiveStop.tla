---- MODULE LiveStop ----
\* A liveness phase that lasts seconds, for the interrupt test (stop_phases_test.py): P
\* temporal branches (the conjuncts of Reach), each checked on the K x K grid's graph.
\* Every branch holds: a run that is not interrupted succeeds.
EXTENDS Naturals
CONSTANTS K, P
VARIABLES a, b
vars == <<a, b>>
Init == a = 0 /\ b = 0
Next == \/ a < K /\ a' = a + 1 /\ b' = b
        \/ b < K /\ b' = b + 1 /\ a' = a
        \/ a = K /\ b = K /\ UNCHANGED vars
Spec == Init /\ [][Next]_vars /\ WF_vars(Next)
Reach == \A i \in 1..P : <>(a + b >= i % (2 * K))
====
