---- MODULE RefineFairExprAbs ----
EXTENDS Naturals
VARIABLE n
Init == n \in 0..2
Next == n < 2 /\ n' = n + 1
Up == n < 1 /\ n' = n + 1
Spec == Init /\ [][Next]_n /\ WF_n(Next)
StrongSpec == Init /\ [][Next]_n /\ SF_n(Next)
FairUp == WF_n(Up)
En == ENABLED <<Next>>_n
====
