\* cairn: command=check exit=0 result="success" distinct=4 depth=4 generated=4
\* The Deadlock spec with CHECK_DEADLOCK FALSE in the cfg, reached via SPECIFICATION.
---- MODULE NoDeadlockCfg ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Spec == Init /\ [][Next]_x
====
