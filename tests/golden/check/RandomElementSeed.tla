\* cairn: command=check exit=0 distinct=1
\* cairn: args="--seed 42"
\* cairn: stdout~=<<414, 292>>
\* RandomElement draws from the worker's generator, documented in README ("Random
\* choices"): SplitMix64 whose state starts at the seed for the initial states; a draw
\* from a set of n elements is element (next() mod n) in TLC's order. From state 42 the
\* first two outputs mod 1000 are 413 and 291 (computed by hand from the published
\* SplitMix64 constants), so x = 414 and y = 292, and the same on every run.
---- MODULE RandomElementSeed ----
EXTENDS TLC, Naturals
VARIABLES x, y
Init == x = RandomElement(1..1000) /\ y = RandomElement(1..1000) /\ PrintT(<<x, y>>)
Next == UNCHANGED <<x, y>>
Inv == x = 414 /\ y = 292
====
