\* cairn: command=check exit=12 result="safety failure" distinct=3 generated=3 trace_length=2
\* cairn: stdout~=State 2: .*\nx = <<2, 3>>
\* The same rule across binders: `\E a \in S, b \in T` varies a fastest (ContextEnumerator
\* flattens all bound names, first varying fastest): successors <<1, 3>>, <<2, 3>>, <<1, 4>>,
\* <<2, 4>>; the second is the first outside the invariant (b fastest would give <<1, 4>>).
---- MODULE ExistsBindersOrder ----
EXTENDS Naturals
VARIABLE x
Init == x = <<>>
Next == \E a \in {1, 2}, b \in {3, 4} : x = <<>> /\ x' = <<a, b>>
Inv == x \in {<<>>, <<1, 3>>}
====
