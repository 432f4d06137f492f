\* cairn: command=simulate args="--seed 3 --num 5 --no-deadlock" exit=0 result="success"
\* cairn: stdout~=^Simulation completed\. No error has been found\.$
\* cairn: stdout~=^5 behaviours generated \(depth 100, mean length 4\.0, max length 4\), 16 states generated\.$
\* The behaviours of SimDeadlock without the deadlock check: each ends at x = 3 with 4
\* states; states generated: the initial state once, then 3 successors per behaviour.
---- MODULE SimNoDeadlock ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
====
