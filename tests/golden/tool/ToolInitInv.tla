\* cairn: command=tlc args="-tool" exit=12 tool_stdout=ToolInitInv.tool
\* The expected framed output is TLC's own `tlc -tool` output for this model (times normalised).
\* The initial state x = 1 violates x > 1: 2107 holds the state; no 2190 and no statistics, as TLC.
---- MODULE ToolInitInv ----
EXTENDS Naturals
VARIABLES x, y
Init == x \in {1, 2} /\ y = x
Next == UNCHANGED <<x, y>>
Positive == x > 1
====
