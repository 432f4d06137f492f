\* cairn: command=check exit=0 distinct=3 depth=3 generated=3
\* Fairness of the specification from an instance, WF_n(Up) with n <- a + 0: ENABLED <<Up>>_n holds
\* at a = 0 (n' free, n < 1), so a behavior stuttering at a = 0 is unfair, and every fair behavior
\* reaches a = 2 (TLC: no error). Decided on the spec's own steps (none is an Up step) it would fail.
---- MODULE RefineFairExprSpec ----
EXTENDS Naturals
VARIABLE a
Init == a = 0
Next == a < 4 /\ a' = a + 2
Abs == INSTANCE RefineFairExprAbs WITH n <- a + 0
Spec == Init /\ [][Next]_a /\ Abs!FairUp
Prop == <>(a = 2)
====
