\* cairn: command=tlc args="-tool" exit=255 tool_stdout=ToolNested.tool
\* The expected framed output is TLC's own `tlc -tool` output for this model (times normalised).
\* Ratio(x', y') divides by 0 once x' = 3: 2179, the behaviour, then 2103 with TLC's call stack outside in: Next's body,
\* the first conjunct Inc, Inc's body and both its conjuncts (still open: the rest of Next is their continuation, as in
\* TLC's getNextStates with its ActionItemList), the second conjunct of Next, the equation, the call of Ratio, its body.
---- MODULE ToolNested ----
EXTENDS Naturals
VARIABLES x, y
Ratio(a, b) == a \div b
Inc == /\ x' = x + 1
       /\ y' = y
Next == /\ Inc
        /\ x' = 3 => Ratio(x', y') = 0
Init == x = 0 /\ y = 0
====
