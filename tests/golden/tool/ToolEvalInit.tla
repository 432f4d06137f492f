\* cairn: command=tlc args="-tool" exit=75 tool_stdout=ToolEvalInit.tool
\* The expected framed output is TLC's own `tlc -tool` output for this model (times normalised).
\* f[3] in the initial predicate: the bare message under GENERAL (ModelChecker.doInit), 2103 with Init's body
\* then f[3], and, unlike an initial state's violation, the statistics (2200 at level 1, 2199, 2194 depth 0). Exit 75.
---- MODULE ToolEvalInit ----
EXTENDS Naturals
VARIABLE x
f == [i \in 0..1 |-> i * 10]
Init == x = f[3]
Next == x' = x
====
