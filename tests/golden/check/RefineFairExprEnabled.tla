\* cairn: command=check exit=13 result="liveness failure" distinct=2 depth=2 generated=3 trace_length=1
\* An ENABLED written in an instance (Abs!En == ENABLED <<Next>>_n, n <- a + 0) inside a temporal
\* property: its primed n is the instance's own free variable (TLC's Tool.enabled with a branched
\* context), so Abs!En holds at a = 0 and <>[]~Abs!En fails by stuttering there (TLC: exit 13).
---- MODULE RefineFairExprEnabled ----
EXTENDS Naturals
VARIABLES a, b
Init == a = 0 /\ b = 0
Next == b' = 1 - b /\ a' = a
Spec == Init /\ [][Next]_<<a, b>>
Abs == INSTANCE RefineFairExprAbs WITH n <- a + 0
Prop == <>[]~Abs!En
====
