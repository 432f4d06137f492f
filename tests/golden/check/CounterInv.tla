\* cairn: command=check exit=12 result="safety failure" distinct=4 depth=4 trace_length=4 generated=4 violation=Inv
\* x counts 0,1,2,3; Inv fails at x = 3, the fourth state on the only path. TLC counts the
\* violating state (it is added to the seen set before the invariant is checked).
---- MODULE CounterInv ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1
Inv == x < 3
====
