\* cairn: command=check exit=0 result="success" distinct=7 depth=7 generated=7
\* cairn: args=--no-deadlock
\* x grows {} -> {1} -> ... -> {1..6}: 7 distinct states on a line (depth 7, 1 initial + 6
\* successors generated). The invariant asks for membership in a filter over SUBSET (1..40):
\* TLC answers x \in SUBSET (1..40) /\ P(x) (SetPredValue.member); building the 2^40 subsets
\* is impossible.
---- MODULE LazyFilterInvariant ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Small(n) == {s \in SUBSET (1..40) : \A i \in s : i <= n}
Init == x = {}
Next == Cardinality(x) < 6 /\ x' = x \cup {Cardinality(x) + 1}
Inv == x \in Small(Cardinality(x))
====
