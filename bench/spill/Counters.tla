---- MODULE Counters ----
\* A product of four independent counters mod M (bench/spill/spill.py and
\* tests/long_runs/seen_spill_test.py): M^4 distinct states, 4(M - 1) + 1 levels, every
\* state reached from 4 others (most successors are duplicates, found in the seen set's
\* memory table or on disk). SumBelow fails at the first level where a + b + c + d reaches
\* Limit (level Limit + 1) when Limit <= 4(M - 1); above that it holds.
EXTENDS Naturals
CONSTANTS M, Limit
VARIABLES a, b, c, d
Init == a = 0 /\ b = 0 /\ c = 0 /\ d = 0
Next == \/ a' = (a + 1) % M /\ UNCHANGED <<b, c, d>>
        \/ b' = (b + 1) % M /\ UNCHANGED <<a, c, d>>
        \/ c' = (c + 1) % M /\ UNCHANGED <<a, b, d>>
        \/ d' = (d + 1) % M /\ UNCHANGED <<a, b, c>>
SumBelow == a + b + c + d < Limit
====
