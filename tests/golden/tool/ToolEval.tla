\* cairn: command=tlc args="-tool" exit=255 tool_stdout=ToolEval.tool
\* The expected framed output is TLC's own `tlc -tool` output for this model (times normalised).
\* x \div 0 in the third step: Naturals' EvalException with its own code, TLC_MODULE_DIVISION_BY_ZERO (2179), the behaviour, then where (2103). 2103 lists every expression the error was raised in, outside in: the action, the IF, the \div.
---- MODULE ToolEval ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = IF x < 2 THEN x + 1 ELSE x \div 0
====
