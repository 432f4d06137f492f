\* cairn: command=simulate args="--seed 4" violation=Step trace_length=2
\* cairn: stdout~=shrunk to 2 states\.$
\* Steps of +1 or +2; the action property says every step is +1. The first +2 step
\* violates it (seed 4: in the 7th state); shrinking cannot merge two +1 steps into a +2 earlier (that step would
\* violate first), but the search near the behaviour finds 0 -> 2: 2 states.
---- MODULE SimActionProperty ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
One == x' = x + 1
Two == x' = x + 2
Next == One \/ Two
Step == [][x' = x + 1]_x
====
