\* cairn: command=check exit=0 result="success" distinct=4 depth=4 generated=5
\* ENABLED as a conjunct of Next: x counts 0..3; only at x = 3 is Up disabled, and only
\* there does the second disjunct reset x to 0 (no deadlock). ENABLED Up is evaluated
\* from the current state with its own next state: the x' it binds is not the step's x'.
\* 1 initial + one successor from each of the 4 states = 5 generated.
---- MODULE EnabledNext ----
EXTENDS Naturals
VARIABLE x
Up == x < 3 /\ x' = x + 1
Init == x = 0
Next == \/ Up
        \/ ~ENABLED Up /\ x' = 0
====
