\* cairn: command=check exit=0 result="success" distinct=4 depth=4 generated=4
\* cairn: args=--no-deadlock
\* The Deadlock spec with deadlock checking turned off on the command line.
---- MODULE NoDeadlockFlag ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
====
