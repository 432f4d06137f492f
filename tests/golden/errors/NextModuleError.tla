\* cairn: command=check exit=255 result="error" distinct=3 depth=3 generated=3 left=0 trace_length=3
\* cairn: stderr~=NextModuleError\.tla:13:46: error: Attempted to apply Head to the empty sequence
\* A standard module's Java code fails with an EvalException (here Sequences.Head on <<>>);
\* raised in the next-state relation TLC replays the failed state and exits with that
\* exception's EC (ModelChecker.runTLC: result = e.getErrorCode()), which EC.ExitStatus does not
\* map: 255, unlike the 75 of a value's failure (NextChooseNone). q runs <<1, 2>>, <<2>>, <<>>:
\* the first disjunct is disabled at <<>> and the second calls Head on it, with 3 states seen
\* (x' bound first, then the IF picks the Head branch only once q is empty).
---- MODULE NextModuleError ----
EXTENDS Integers, Sequences
VARIABLE q
Init == q = <<1, 2>>
Next == q' = IF q # <<>> THEN Tail(q) ELSE <<Head(q)>>
====
