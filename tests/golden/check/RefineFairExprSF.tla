\* cairn: command=check exit=13 result="liveness failure" distinct=2 depth=2 generated=3 trace_length=3
\* SF_n(Next) through INSTANCE ... WITH n <- a * 1: ENABLED <<Next>>_n is TLC's (the primed n free),
\* true at a = 0 all along a cycle of b steps that never change a (TLC: exit 13, State 1, State 2,
\* back to state 1).
---- MODULE RefineFairExprSF ----
EXTENDS Naturals
VARIABLES a, b
Init == a = 0 /\ b = 0
Next == b' = 1 - b /\ a' = a
Spec == Init /\ [][Next]_<<a, b>> /\ WF_b(Next)
Abs == INSTANCE RefineFairExprAbs WITH n <- a * 1
Prop == Abs!StrongSpec
====
