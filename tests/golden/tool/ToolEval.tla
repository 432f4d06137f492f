\* cairn: command=tlc args="-tool" exit=255 tool_stdout=ToolEval.tool
\* The expected framed output is TLC's own `tlc -tool` output for this model (times normalised).
\* x \div 0 in the third step: the error as GENERAL (1000, cairn has no per-error codes), the behaviour, then where (2103): the action and the innermost expression (cairn keeps no chain in between). Exit 255, TLC's for a division by zero.
---- MODULE ToolEval ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = IF x < 2 THEN x + 1 ELSE x \div 0
====
