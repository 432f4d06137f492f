\* cairn: command=check exit=12 result="safety failure" trace_length=1 violation=Inv
\* The initial state x = 5 violates Inv; the trace is that one state.
---- MODULE InitViolation ----
EXTENDS Naturals
VARIABLE x
Init == x \in {0, 5}
Next == x' = x
Inv == x # 5
====
