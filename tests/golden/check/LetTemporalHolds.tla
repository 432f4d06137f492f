\* cairn: command=check exit=0 result="success" distinct=3 depth=3
\* F depends on the state (and on k): it reaches 2 + k when x reaches 2, which weak
\* fairness guarantees. Caching F from the first state (x = 0, F = k) made it fail.
---- MODULE LetTemporalHolds ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Reach == \A k \in {1, 2} : LET F == x + k IN <>(F = 2 + k)
====
