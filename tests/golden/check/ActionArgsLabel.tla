\* cairn: exit=12 trace_length=3
\* A trace step names its action with the constant arguments of its binding, joined by a
\* comma without a space, as TLC's Action.PARAMETER_LIST (StringJoiner(",", "(", ")")):
\* Move(1,2) takes x from 0 to 1 (then 1 -> 2 violates Small at x = 2).
\* cairn: stdout~=^State 2: <Move\(1,2\) line
\* cairn: stdout!~Move\(1, 2\)
---- MODULE ActionArgsLabel ----
EXTENDS Naturals
VARIABLE x
Move(a, b) == x = a - 1 /\ x' = a
Next == \E a \in {1, 2} : \E b \in {2} : Move(a, b)
Init == x = 0
Small == x < 2
====
