\* cairn: command=check exit=255 result="error" distinct=3 depth=3 generated=3 left=0
\* cairn: stderr~=NextDivZero\.tla:11:23: error:
\* cairn: stderr~=\\div
\* Expanding x = 2 evaluates 10 \div 0: an evaluation error in Next (TLC exit 255, "The second argument of \div is 0.").
\* The error is an EvalException of the module's Java code, which TLC's replay exits with
\* (ModelChecker.runTLC: e.getErrorCode(), unmapped by EC.ExitStatus): 255, not 75 (measured).
---- MODULE NextDivZero ----
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == x' = x + 1 /\ 10 \div (2 - x) > 0
====
