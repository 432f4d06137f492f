\* cairn: command=tlc args="-tool" exit=75 tool_stdout=ToolEvalAction.tool
\* The expected framed output is TLC's own `tlc -tool` output for this model (times normalised).
\* The action property fails to evaluate on the step to x = 3: TLC_ACTION_PROPERTY_EVALUATION_FAILED (2113),
\* "Evaluating action property Step failed." and the error, the behaviour, then where (2103). Exit 75.
\* 2103 lists [A]_x, A and f[x'] (line 12, columns 11, 12, 12), the expressions the error was raised in.
---- MODULE ToolEvalAction ----
EXTENDS Naturals
VARIABLE x
f == [i \in 0..2 |-> i]
Init == x = 0
Next == x' = (x + 1) % 5
Step == [][f[x'] >= 0]_x
====
