\* cairn: command=simulate args="--seed 3" exit=11 result="deadlock failure" trace_length=4
\* cairn: stdout~=^Found in behaviour 1 \(4 states\), shrunk to 4 states\.$
\* Every behaviour is 0, 1, 2, 3 and x = 3 has no successor: a deadlock in the first
\* behaviour, at its 4th state (as check finds it).
---- MODULE SimDeadlock ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
====
