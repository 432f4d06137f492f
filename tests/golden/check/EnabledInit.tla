\* cairn: command=check exit=0 result="success" distinct=2 depth=1 generated=4
\* ENABLED as a conjunct of Init: A is enabled from x only when x < 2, so of x \in 0..3
\* only x = 0 and x = 1 are initial states; each has one (stuttering) successor: 2 + 2
\* generated. Evaluating ENABLED from the partial initial state binds nothing of it.
---- MODULE EnabledInit ----
EXTENDS Naturals
VARIABLE x
A == x < 2 /\ x' = x + 1
Init == x \in 0..3 /\ ENABLED A
Next == UNCHANGED x
====
