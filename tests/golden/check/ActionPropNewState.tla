\* cairn: command=check exit=13 result="safety failure" distinct=4 depth=3 trace_length=3 generated=4 left=1
\* cairn: same_stdout="--workers 2"
\* TLC's Worker.addElement puts a new successor into its seen set, checks the invariants,
\* then the action properties: a step to a new state that violates [][x' < 2]_<<x, y>> is
\* counted. (0,0) -> (1,0), (0,1) [3 generated, 3 distinct]; expanding (1,0): A gives (2,0),
\* new (4 distinct, level 3: depth 3), violating Small; trace (0,0), (1,0), (2,0); (0,1) is
\* still queued, (2,0) is not queued.
---- MODULE ActionPropNewState ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ x < 3 /\ x' = x + 1 /\ y' = y
        \/ y < 2 /\ y' = y + 1 /\ x' = x
Spec == Init /\ [][Next]_<<x, y>>
Small == [][x' < 2]_<<x, y>>
====
