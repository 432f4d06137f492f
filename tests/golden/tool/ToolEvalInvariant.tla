\* cairn: command=tlc args="-tool" exit=76 tool_stdout=ToolEvalInvariant.tool
\* The expected framed output is TLC's own `tlc -tool` output for this model (times normalised), but for one message.
\* The invariant fails to evaluate at x = 2 (index 3 of a pair): TLC_INVARIANT_EVALUATION_FAILED (2111) with
\* "Evaluating invariant Inv failed." and the error, the behaviour, and no 2103 (ModelChecker.doNextEvalFailed). Exit 76.
\* Left out (TLC sends it, cairn does not): the outdegree 2268 after the depth.
---- MODULE ToolEvalInvariant ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Inv == <<10, 20>>[x + 1] > 0
====
