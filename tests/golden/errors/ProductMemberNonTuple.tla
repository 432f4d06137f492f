\* cairn: command=check exit=10
\* cairn: stderr~=ProductMemberNonTuple\.tla:11:8: error: Attempted to check if non-tuple\n\{1, 2\}\nis in the set of tuples:
\* SetOfTuplesValue.member: a function on integers that is no tuple is simply not a member
\* (line 10 holds), but a set is no function at all and TLC reports it (line 11, exit 10) -
\* as Graphs' IsUndirectedGraph does for an edge {1, 2} checked against Node \X Node.
---- MODULE ProductMemberNonTuple ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
ASSUME (2 :> 1) \notin {1} \X {1} /\ [i \in 2..3 |-> 1] \notin {1} \X {1}
ASSUME {1, 2} \in {1, 2} \X {1, 2}
Next == UNCHANGED x
====
