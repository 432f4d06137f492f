\* cairn: command=check exit=0 distinct=3 depth=3 generated=5
\* A constant \A in an action branches too (TLC's getNextStates, OPCODE_bf, then OPCODE_lor):
\* for i = 2 both disjuncts hold, so each step x' = x + 1 is generated twice (TLC: 5 generated).
---- MODULE ForallConstBranches ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == /\ x < 2
        /\ \A i \in {1, 2} : i > 0 \/ i > 1
        /\ x' = x + 1
====
