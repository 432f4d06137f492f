\* cairn: command=check exit=255 result="error" distinct=3 depth=3 generated=3 left=0
\* cairn: stderr~=NextHeadEmpty\.tla:11:9: error:
\* cairn: stderr~=Head
\* q runs <<1, 2>>, <<2>>, <<>>; expanding <<>> applies Head to the empty sequence (exit 255).
\* The error is an EvalException of the module's Java code, which TLC's replay exits with
\* (ModelChecker.runTLC: e.getErrorCode(), unmapped by EC.ExitStatus): 255, not 75 (measured).
---- MODULE NextHeadEmpty ----
EXTENDS Integers, Sequences
VARIABLE q
Init == q = <<1, 2>>
Next == Head(q) > 0 /\ q' = Tail(q)
====
