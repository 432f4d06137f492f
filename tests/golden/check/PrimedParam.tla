\* cairn: command=check exit=0 result="success" distinct=2 depth=2 generated=2
\* cairn: args=--no-deadlock
\* Operators are substitution: Set(x, e) is x' = e and assigns x'; Keep(y) is UNCHANGED y
\* and assigns y'; IsTwo(x)' is IsTwo's body in the next state, x' = 2. So 0 -> 1 is a step
\* and 1 -> 2 is filtered out by ~IsTwo(x)': states x = 0, 1. (Evaluating IsTwo(x) in the
\* current state would let 1 -> 2 through and reach 3 states.)
---- MODULE PrimedParam ----
EXTENDS Naturals
VARIABLES x, y
Set(v, e) == v' = e
Keep(v) == UNCHANGED v
IsTwo(v) == v = 2
Init == x = 0 /\ y = 5
Next == x < 3 /\ Set(x, x + 1) /\ Keep(y) /\ ~IsTwo(x)'
====
