\* cairn: command=check exit=14 distinct=3 depth=3 generated=3 left=0 trace_length=3
\* cairn: stderr~=NextAssert\.tla:9:23: error:
\* cairn: stderr~=too big
\* Assert fails while computing the successors of x = 2: TLC exit 14, trace x = 0, 1, 2, 3/3/0, depth 3.
---- MODULE NextAssert ----
EXTENDS Integers, TLC
VARIABLE x
Init == x = 0
Next == x' = x + 1 /\ Assert(x < 2, "too big")
====
