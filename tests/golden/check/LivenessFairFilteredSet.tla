\* cairn: command=check exit=13 distinct=2 depth=2 generated=9 trace_length=3
\* cairn: stdout~=Temporal property Prop was violated
\* The fair action ranges over a constant filtered set (folded once as a closed constant):
\* matching its \E leaves against the next-state relation's must not compare a bound value
\* with a slot the other leaf leaves unbound (that raised "equality of integer 2 with null",
\* exit 255). States a = 0, a = 1; each has 3 A1 successors (one per i) and 1 A3 one:
\* 1 + 2 * 4 = 9 generated. The lasso 0 -> 1 -> back to 0 takes A1 (fair) and keeps
\* a = 0 infinitely often: <>[](a = 1) fails, 2 states plus the state it goes back to.
---- MODULE LivenessFairFilteredSet ----
VARIABLES a
Init == a = 0
A1 == \E i \in {j \in {0, 1, 2} : TRUE} : a' = 1
A3 == a' = 0
Next == A1 \/ A3
Spec == Init /\ [][Next]_a /\ WF_a(A1)
Prop == <>[](a = 1)
====
