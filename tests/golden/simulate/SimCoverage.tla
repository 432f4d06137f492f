\* cairn: command=simulate args="--seed 4 --num 3 --depth 5 --coverage" exit=0
\* cairn: stdout~=^<Flip line \d+, col \d+ to line \d+, col \d+ of module SimCoverage>: 12:12$
\* cairn: stdout~=^<Reset line \d+, col \d+ to line \d+, col \d+ of module SimCoverage>: 0:0$
\* cairn: stdout~=^Actions never taken: Reset$
\* Flip is the only enabled action (Reset needs x > 5, x is 0 or 1): 4 steps in each of
\* the 3 behaviours of 5 states, each generating one successor; Reset never fires.
---- MODULE SimCoverage ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Flip == x' = 1 - x
Reset == x > 5 /\ x' = 0
Next == Flip \/ Reset
====
