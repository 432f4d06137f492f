\* cairn: command=check exit=0 result="success"
\* cairn: args="--lib ../../../../shared/corpus/library"
\* The folds call a binary operator with a native (+, -) directly and walk a set or an
\* interval in place; the results are those of a user-defined operator doing the same,
\* in the same order (acc := op(elem, acc) in the set's order). Membership of functions
\* in [S \X T -> U] compares the stored domain with the product's elements, and records
\* are looked up field by field whatever order their fields were written in.
---- MODULE CommunityFoldFastCall ----
EXTENDS Integers, Sequences, FiniteSets, Functions, FiniteSetsExt, SequencesExt
Minus(a, b) == a - b
sq == [i \in 1..4 |-> i * i]
ASSUME FoldFunctionOnSet(+, 0, sq, {1, 3}) = 10
ASSUME FoldFunctionOnSet(+, 0, sq, 2..4) = 29
ASSUME FoldFunctionOnSet(-, 0, sq, 1..3) = FoldFunctionOnSet(Minus, 0, sq, 1..3)
ASSUME FoldFunctionOnSet(-, 0, sq, 1..3) = 9 - (4 - (1 - 0))
ASSUME FoldFunctionOnSet(+, 0, sq, {i \in 1..4 : i > 2}) = 25
ASSUME FoldFunction(+, 0, sq) = 30
ASSUME FoldSet(-, 0, {1, 2, 3}) = FoldSet(Minus, 0, {1, 2, 3}) /\ FoldSet(-, 0, {1, 2, 3}) = 2
ASSUME FoldSet(-, 0, 1..3) = 2 /\ ReduceSet(-, 1..3, 0) = 2
ASSUME FoldLeft(-, 10, <<1, 2>>) = 7 /\ FoldRight(-, <<1, 2>>, 10) = 9
ASSUME FoldSeq(-, 0, <<1, 2, 3>>) = FoldSeq(Minus, 0, <<1, 2, 3>>)
ASSUME SumSet(1..4) = 10 /\ SumSet({}) = 0
ASSUME [p \in {1, 2} \X {"a", "b"} |-> 0] \in [{1, 2} \X {"a", "b"} -> {0}]
ASSUME [p \in {1} \X {"a", "b"} |-> 0] \notin [{1, 2} \X {"a", "b"} -> {0}]
ASSUME [p \in {1, 2} \X {"a", "b"} |-> p[1]] \notin [{1, 2} \X {"a", "b"} -> {1}]
ASSUME [b |-> 1, a |-> 2] \in [a : {2}, b : {1}] /\ [b |-> 1, a |-> 3] \notin [a : {2}, b : {1}]
ASSUME [a |-> 2] \notin [a : {2}, b : {1}]
ASSUME <<1, 2>> \in {<<2, 1>>, <<1, 2>>} /\ <<1, 3>> \notin {<<2, 1>>, <<1, 2>>}
ASSUME {{1}, {2}} \in {{{3}}, {{1}, {2}}} /\ {{1}, {3}} \notin {{{3}}, {{1}, {2}}}
ASSUME [a |-> 1, b |-> <<1, 2>>] \in {[a |-> 1, b |-> <<1, 2>>], [a |-> 2, b |-> <<>>]}
====
