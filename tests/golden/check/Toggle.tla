\* cairn: command=check exit=0 result="success" distinct=6 depth=4 generated=11
\* States (x, y), x in 0..2, y in BOOLEAN: all 6 reachable. BFS levels:
\* 1: (0,F)  2: (1,F) (0,T)  3: (2,F) (1,T)  4: (2,T).
\* Generated = 1 initial + successors 2+2+2+1+2+1 = 11. No deadlock (y always toggles).
---- MODULE Toggle ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = FALSE
Next == \/ x < 2 /\ x' = x + 1 /\ UNCHANGED y
        \/ y' = ~y /\ UNCHANGED x
TypeOK == x \in 0..2 /\ y \in BOOLEAN
====
