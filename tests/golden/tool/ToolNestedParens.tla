\* cairn: command=tlc args="-tool" exit=255 tool_stdout=ToolNestedParens.tool
\* The expected framed output is TLC's own `tlc -tool` output for this model (times normalised).
\* The nested expressions of a division by zero, in parentheses: SANY's range of an operator
\* application spans its operands' parentheses (`a + (b)` ends at the `)`, `(a) + b` starts
\* at the `(`), while a parenthesised expression itself has its inner range.
---- MODULE ToolNestedParens ----
EXTENDS Integers
VARIABLE x
f[n \in Nat] == n
Init == x = 0
Next == /\ x < 3
        /\ x' = ((x) + (f)[(x)] + (-(x)) + IF (x = 2) THEN (1 \div ((x) - (x))) ELSE ((1)))
====
