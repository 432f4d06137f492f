\* cairn: command=check exit=0 distinct=2 depth=2 generated=9
\* TLC enumerates every \/ and \E of an action branch by branch (Tool.getNextStatesAppl),
\* constant ones included: A's guard has two true disjuncts and B's two witnesses (i = 2,
\* i = 3), so each of the 2 states (x = 0, x = 1) yields 2 + 2 successors: 1 initial +
\* 2 * 4 = 9 generated. A zero-argument constant definition is one value (TLC evaluates
\* it at startup): G is FALSE, so C adds nothing.
---- MODULE ConstantDisjunctBranches ----
EXTENDS Naturals
VARIABLE x
G == (0 = 1) \/ FALSE
Init == x = 0
A == /\ (0 # 1) \/ TRUE
     /\ x' = 1 - x
B == /\ \E i \in {1, 2, 3} : i > 1
     /\ x' = x
C == G /\ x' = x
Next == A \/ B \/ C
====
