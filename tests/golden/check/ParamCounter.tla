\* Helper of ParamInstanceSpec.
---- MODULE ParamCounter ----
EXTENDS Naturals
VARIABLE c
Init == c = 0
Next == c' = (c + 1) % 3
Spec == Init /\ [][Next]_c /\ WF_c(Next)
Returns == []<>(c = 0)
====
