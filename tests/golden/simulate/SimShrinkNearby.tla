\* cairn: command=simulate args="--seed 1" exit=12 violation=Inv trace_length=3
\* cairn: stdout~=shrunk to 3 states\.$
\* cairn: stdout~=^State 2: <Start .*\n/?\\?\s*x = 1$
\* From 0, Start goes to 1 or to one of 10..59 (uniform: 1 is drawn with probability
\* 1/51); Short leads 1 to 99, Long leads k to k + 100 and Finish leads there to 99,
\* which violates Inv. The long way (4 states) has no cycle and no step that can be
\* dropped (99 is no successor of k, k + 100 none of 0): only the breadth-first search
\* near the behaviour (1 is a successor of 0, 99 one of 1) finds 0, 1, 99 (3 states).
---- MODULE SimShrinkNearby ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Start == x = 0 /\ x' \in {1} \cup 10..59
Short == x = 1 /\ x' = 99
Long == x \in 10..59 /\ x' = x + 100
Finish == x \in 110..159 /\ x' = 99
Next == Start \/ Short \/ Long \/ Finish
Inv == x # 99
====
