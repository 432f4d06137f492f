\* cairn: command=simulate args="--seed 5 --num 4" exit=0 result="success"
\* cairn: stdout~=^4 behaviours generated \(depth 100, mean length 3\.0, max length 3\), 13 states generated\.$
\* CONSTRAINT x < 3: the successor x = 3 is generated (and checked) but not walked to,
\* so every behaviour ends at 0, 1, 2 (3 states) without a deadlock (x = 2 has a
\* successor); generated: the initial state, then 1, 2, 3 per behaviour (1 + 4 * 3).
---- MODULE SimConstraint ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1
Inv == x < 10
InModel == x < 3
====
