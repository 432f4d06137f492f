\* cairn: command=check exit=12 result="safety failure" distinct=3 depth=3 trace_length=4 generated=4
\* x = 3 violates CONSTRAINT Bound, so it is never counted as distinct, but TLC still
\* checks it against the invariant: the trace is x = 0,1,2,3 (notes section 4, con1).
---- MODULE ConstraintInv ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1
Inv == x # 3
Bound == x < 3
====
