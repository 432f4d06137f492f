---- MODULE RefineEachAbs ----
\* Helper module (no cairn lines): a counter up to N, refined by RefineEach per process.
EXTENDS Naturals
CONSTANT N
VARIABLE c
Init == c = 0
Next == c < N /\ c' = c + 1
Spec == Init /\ [][Next]_c /\ WF_c(Next)
====
