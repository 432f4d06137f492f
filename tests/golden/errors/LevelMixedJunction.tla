\* cairn: command=parse exit=150
\* cairn: stderr~=LevelMixedJunction\.tla:8:6: error: \\land has both temporal formula and action as arguments\.
\* A conjunction may not mix an action with a temporal formula (SANY, LL 2013); a state
\* predicate with a temporal formula (line 7, a usual Spec) is fine.
---- MODULE LevelMixedJunction ----
VARIABLE x
Ok == x = 0 /\ [][x' = x]_x
F == x' = x /\ []x
====
