\* cairn: command=check exit=0 distinct=1
\* cairn: args="--seed 7 --workers 2"
\* cairn: stdout~=<<488, 805>>
\* The initial states' draws do not depend on the worker count: every worker's generator
\* starts from the seed (as TLC's RandomEnumerableValues). From SplitMix64 state 7 the
\* first two outputs mod 1000 are 487 and 804; TLCGet("config").seed is "7".
---- MODULE RandomElementWorkers ----
EXTENDS TLC, Naturals
VARIABLES x, y
ASSUME TLCGet("config").seed = "7"
Init == x = RandomElement(1..1000) /\ y = RandomElement(1..1000) /\ PrintT(<<x, y>>)
Next == UNCHANGED <<x, y>>
Inv == x = 488 /\ y = 805
====
