\* cairn: command=tlc args="-tool" exit=0 args="-coverage 1" tool_stdout=ToolCoverage.tool
\* The expected framed output is TLC's own `tlc -tool` output for this model (times normalised).
\* Success (2193), then coverage: Init found 2 of 2 (2773), Up 2 distinct of 4 generated, Reset 1 new of 1, Never 0:0 (2772), located at the definitions' names as TLC does.
\* Left out of the expected text (TLC sends them, cairn has no such counts): 2779, 2221, 2775, 2268.
---- MODULE ToolCoverage ----
EXTENDS Naturals
VARIABLE x
Init == x \in {0, 1}
Up == x < 3 /\ x' = x + 1
Reset == x = 3 /\ x' = 0
Never == x > 5 /\ x' = 0
Next == Up \/ Reset \/ Never
====
