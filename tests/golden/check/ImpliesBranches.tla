\* cairn: command=check exit=0 distinct=3 depth=3 generated=6
\* TLC enumerates P => Q in an action (Tool.getNextStatesAppl, OPCODE_implies): where P
\* holds, Q is enumerated, so its \/ branches and it may assign x'; where P fails, the rest
\* of the conjunction goes on once. A: from x = 0 both disjuncts hold (2 successors), from
\* x = 1 only TRUE (1), from x = 2 P fails (1). C (only at x = 2) assigns x' under P.
\* Generated: 1 initial + 2 + 1 + (1 + 1) = 6; states 0..2, depth 3.
---- MODULE ImpliesBranches ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
A == /\ (x < 2) => (TRUE \/ x = 0)
     /\ x' = (x + 1) % 3
C == x = 2 /\ (x > 1 => x' = 0)
Next == A \/ C
====
