\* cairn: exit=0 distinct=1 depth=1 generated=3
\* cairn: args="--workers 2"
\* With VIEW and SYMMETRY, TLC fingerprints the view of the orbit's lexicographically
\* smallest state (TLCStateMut.fingerPrint: the group's images compared variable by
\* variable in TLC's value order), not of the state found. Functions compare by their
\* values in domain order (a before b), so the smallest image of f puts min(f[a], f[b])
\* at a, and the view f[a] of every state is 0: the initial state's two successors
\* [a |-> 1, b |-> 0] and [a |-> 0, b |-> 1] both have view 0, already seen. 1 distinct
\* state, 3 generated. (The view of the state itself would make [a |-> 1, b |-> 0] new.)
---- MODULE ViewSymmetryRep ----
EXTENDS Naturals, TLC
CONSTANTS P, a, b
VARIABLE f
Init == f = [p \in P |-> 0]
Next == \E p \in P : f[p] < 2 /\ f' = [f EXCEPT ![p] = @ + 1]
Sym == Permutations(P)
View == f[a]
====
