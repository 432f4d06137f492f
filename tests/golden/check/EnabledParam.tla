\* cairn: command=check exit=0 result="success" distinct=2 depth=2
\* A parameter primed under ENABLED means the primed argument (operators are
\* substitution): Both(y) is ENABLED (x' = x /\ y' = x + 1), which binds y' and holds;
\* Both(x) is ENABLED (x' = x /\ x' = x + 1), which cannot hold. Passing the value of y
\* instead would make Both(y) the unsatisfiable `0 = x + 1` and Inv fail at once.
---- MODULE EnabledParam ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == x' = 1 - x /\ y' = y
Both(v) == ENABLED (x' = x /\ v' = x + 1)
Inv == Both(y) /\ ~Both(x)
====
