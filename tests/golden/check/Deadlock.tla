\* cairn: command=check exit=11 result="deadlock failure" distinct=4 depth=4 trace_length=4 generated=4
\* x = 3 has no successor: deadlock, trace x = 0,1,2,3.
---- MODULE Deadlock ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
====
