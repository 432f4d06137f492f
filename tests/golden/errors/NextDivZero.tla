\* cairn: command=check exit=255 result="error" distinct=3 depth=3 generated=3 left=0
\* cairn: stderr~=NextDivZero\.tla:11:23: error:
\* cairn: stderr~=\\div
\* Expanding x = 2 evaluates 10 \div 0: an evaluation error in Next ("The second argument of \div is 0."), raised by the
\* Naturals module's Java code as an EvalException, whose own code TLC reports: exit 255 (a generic
\* evaluation error in Next is 75).
---- MODULE NextDivZero ----
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == x' = x + 1 /\ 10 \div (2 - x) > 0
====
