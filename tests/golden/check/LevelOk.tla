\* cairn: command=parse exit=0
\* Legal uses of levels that the level check must accept: an operator's parameter of
\* any level where its body allows it, ENABLED of an action, [][A]_v and <><<A>>_v,
\* quantifiers with action bounds over actions, temporal formulas in IF, records and
\* functions, a recursive operator applied to a state-level argument, higher-order
\* operators passed operators of the right arity, LAMBDA.
---- MODULE LevelOk ----
EXTENDS Naturals
VARIABLE x
Set(a) == {a}
Twice(Op(_), v) == Op(Op(v))
Inc(n) == n + 1
RECURSIVE Sum(_)
Sum(n) == IF n = 0 THEN 0 ELSE n + Sum(n - 1)
A == Set(x') = {} /\ ENABLED (x' = x) /\ UNCHANGED <<x>>
B == [][x' = x]_x /\ <><<x' # x>>_x /\ WF_x(x' = x + 1) /\ SF_<<x>>(A)
C == \A i \in {x'} : x' = i
D == IF x = 0 THEN []B ELSE <>(x = 1)
E == IF x ~> []B THEN [f |-> []B] ELSE [g |-> x]
F == Twice(Inc, x) + Twice(LAMBDA n : n * 2, Sum(x))
G == x = 0 /\ [][x' = x]_x /\ []<>(x = 1)
H == \E i \in {x} : []<>(x = i)
====
