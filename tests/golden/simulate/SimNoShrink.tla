\* cairn: command=simulate args="--seed 7 --depth 50 --no-shrink" exit=12 violation=Inv
\* cairn: stdout~=^Found in behaviour \d+ \(\d+ states\)\.$
\* cairn: stdout!~shrunk
\* --no-shrink reports the behaviour as found: no "shrunk to" (the walk of
\* SimShrinkCycles, whose found behaviour for this seed is longer than 6 states).
---- MODULE SimNoShrink ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Up == x' = x + 1
Down == x > 0 /\ x' = x - 1
Stay == x' = x
Next == Up \/ Down \/ Stay
Inv == x < 5
====
