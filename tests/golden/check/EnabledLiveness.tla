\* cairn: command=check exit=0 result="success" distinct=3 depth=3
\* cairn: args=--no-deadlock
\* ENABLED in a fairness condition, in a liveness property and in an action property.
\* The fair action is Next with a (nested) ENABLED Next conjunct, which is the same as
\* Next: so x must leave 0 and 1 and reach 2, where Next is disabled forever (Stop holds).
\* Every step x -> x + 1 starts where Next is enabled (Step holds). Without the fairness
\* x could stutter at 0 and Stop would fail; a false ENABLED would fail Step.
---- MODULE EnabledLiveness ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Fair == ENABLED Next /\ Next
Spec == Init /\ [][Next]_x /\ WF_x(Fair)
Stop == <>[](~ENABLED Next)
Step == [][x' = x + 1 /\ ENABLED Next]_x
====
