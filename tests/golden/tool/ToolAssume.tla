\* cairn: command=tlc args="-tool" exit=10 tool_stdout=ToolAssume.tool
\* The expected framed output is TLC's own `tlc -tool` output for this model (times normalised).
\* ASSUME N > 3 with N = 2: 2104 with the assumption's location; nothing is explored, no statistics.
---- MODULE ToolAssume ----
EXTENDS Naturals
CONSTANT N
ASSUME N > 3
VARIABLE x
Init == x = N
Next == x' = x
====
