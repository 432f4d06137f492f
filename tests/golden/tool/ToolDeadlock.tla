\* cairn: command=tlc args="-tool" exit=11 tool_stdout=ToolDeadlock.tool
\* The expected framed output is TLC's own `tlc -tool` output for this model (times normalised).
\* Two initial states (2190 says 2 distinct); x = 2 has no successor: 2114, the behaviour 0 -> 1 -> 2.
---- MODULE ToolDeadlock ----
EXTENDS Naturals
VARIABLE x
Init == x \in {0, 1}
Next == x < 2 /\ x' = x + 1
====
