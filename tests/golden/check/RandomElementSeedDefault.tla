\* cairn: command=check exit=0 distinct=1
\* cairn: stdout~=<<536, 701>>
\* Without --seed the seed is 0 (README, "Random choices"): SplitMix64 from state 0 gives
\* first outputs 535 and 700 mod 1000, so the draws are 536 and 701 on every run; the
\* seed is reported by TLCGet("config").seed as TLC does (a string).
---- MODULE RandomElementSeedDefault ----
EXTENDS TLC, Naturals
VARIABLES x, y
ASSUME TLCGet("config").seed = "0"
Init == x = RandomElement(1..1000) /\ y = RandomElement(1..1000) /\ PrintT(<<x, y>>)
Next == UNCHANGED <<x, y>>
Inv == x = 536 /\ y = 701
====
