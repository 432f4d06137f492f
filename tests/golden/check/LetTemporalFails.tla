\* cairn: command=check exit=13 result="liveness failure" distinct=3 depth=3 violation=AlwaysZero
\* A LET around a temporal formula is evaluated on every state, not once: E is x in each
\* state, so [](E = 0) fails at x = 1 (a liveness checker that cached E from the first
\* state said it held).
---- MODULE LetTemporalFails ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x /\ WF_x(Next)
AlwaysZero == LET E == x IN [](E = 0)
====
