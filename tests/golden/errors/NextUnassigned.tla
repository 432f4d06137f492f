\* cairn: command=check exit=75 result="error" distinct=3 depth=3 generated=4 left=0
\* cairn: stderr~=NextUnassigned\.tla:10:12: error:
\* cairn: stderr~=not completely specified
\* The second disjunct leaves y' unassigned: "Successor state is not completely specified", exit 75; the incomplete state counts in G (4/3/0, depth 3).
---- MODULE NextUnassigned ----
EXTENDS Integers
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ x < 2 /\ x' = x + 1 /\ y' = y
        \/ x = 2 /\ x' = 0
====
