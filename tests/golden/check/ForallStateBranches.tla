\* cairn: command=check exit=11 result="deadlock failure" distinct=4 depth=4 generated=6 trace_length=4
\* A \A in an action is taken apart whatever its level (TLC's getNextStates, OPCODE_bf, has no
\* level test): its state-level body `x < 2 \/ x < 3` branches, so from x = 0 and x = 1 both
\* disjuncts hold and x' = x + 1 is generated twice (TLC: 6 generated, 4 distinct, deadlock at 3).
---- MODULE ForallStateBranches ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == /\ \A i \in {1} : x < 2 \/ x < 3
        /\ x' = x + 1
====
