\* cairn: command=check exit=12 result="safety failure" distinct=3 generated=3 trace_length=2
\* cairn: stdout~=State 2: .*\nx = <<2, 1>>
\* TLC enumerates the names of a bounded \E with the FIRST one varying fastest
\* (tlc2.tool.impl.ContextEnumerator.nextElement advances enums[0] first): from x = <<>> the
\* successors come as <<1, 1>>, <<2, 1>>, <<1, 2>>, <<2, 2>>. <<1, 1>> passes the invariant,
\* <<2, 1>> is the first that violates it (b varying fastest would give <<1, 2>>).
---- MODULE ExistsNamesOrder ----
EXTENDS Naturals
VARIABLE x
Init == x = <<>>
Next == \E a, b \in {1, 2} : x = <<>> /\ x' = <<a, b>>
Inv == x \notin {<<2, 1>>, <<1, 2>>}
====
