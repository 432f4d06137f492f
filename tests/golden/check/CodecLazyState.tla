\* cairn: command=check exit=0 distinct=3 depth=3 generated=4
\* cairn: args=--verify-codec
\* cairn: stderr~=codec: 3 distinct states round-tripped, 0 failed
\* States that hold lazy values, round-tripped through the state codec (hidden option
\* --verify-codec). f is a function over SUBSET S, which is not an enumerated set, so it
\* is built lazily (TLC's FcnLambdaValue) and reads the state (i); g is a filter over
\* SUBSET S (TLC's SetPredValue) whose predicate is a LAMBDA passed to Filter: the lazy
\* set holds the LAMBDA and Filter's frame, as data. i runs 0, 1, 2 and then stays: three
\* distinct states on a path of length 3; generated: 1 initial + one successor of each.
\* Inv checks the values read back: f[{1}] = 1 + 10 * i, g = the subsets larger than i.
---- MODULE CodecLazyState ----
EXTENDS Naturals, FiniteSets
VARIABLES i, f, g
S == {1, 2}
Filter(set, n, P(_, _)) == {y \in SUBSET set : P(y, n)}
Init == /\ i = 0
        /\ f = [y \in SUBSET S |-> Cardinality(y) + i]
        /\ g = Filter(S, i, LAMBDA y, n : Cardinality(y) > n)
Step == /\ i < 2
        /\ i' = i + 1
        /\ f' = [f EXCEPT ![{1}] = @ + 10]
        /\ g' = Filter(S, i', LAMBDA y, n : Cardinality(y) > n)
Next == Step \/ (i = 2 /\ UNCHANGED <<i, f, g>>)
Inv == /\ f[{1}] = 1 + 10 * i
       /\ g = {y \in SUBSET S : Cardinality(y) > i}
====
