\* cairn: command=check exit=75 result="error" distinct=0 depth=1 generated=1
\* cairn: stderr~=ConstraintPrimed\.tla:\d+:\d+: error:
\* A CONSTRAINT with a primed variable: TLC does not level-check constraints, it evaluates
\* this one on the initial state, where x' has no value: an evaluation error of Init (exit
\* 75), the initial state generated but not kept, depth 1.
---- MODULE ConstraintPrimed ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1
Grows == x' > x
====
