\* cairn: command=check exit=13 result="liveness failure" distinct=2 depth=2 generated=3 trace_length=1
\* WF_n(Next) reached through INSTANCE ... WITH n <- a + 0: TLC decides ENABLED <<Next>>_n as an
\* ENABLED written in the instance (LNStateEnabled.eval, Tool.enabled in a branched context),
\* where the primed n is the instance's own variable, free: n' = n + 1 is enabled at a = 0 though
\* no step of this spec changes a. So stuttering at the initial state violates Abs!Spec (TLC: exit 13,
\* State 1 then Stuttering).
---- MODULE RefineFairExpr ----
EXTENDS Naturals
VARIABLES a, b
Init == a = 0 /\ b = 0
Next == b' = 1 - b /\ a' = a
Spec == Init /\ [][Next]_<<a, b>>
Abs == INSTANCE RefineFairExprAbs WITH n <- a + 0
Prop == Abs!Spec
====
