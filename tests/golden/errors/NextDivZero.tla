\* cairn: command=check exit=75 result="error" distinct=3 depth=3 generated=3 left=0
\* cairn: stderr~=NextDivZero\.tla:9:23: error:
\* cairn: stderr~=\\div
\* Expanding x = 2 evaluates 10 \div 0: an evaluation error in Next (TLC exit 75, "The second argument of \div is 0.").
---- MODULE NextDivZero ----
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == x' = x + 1 /\ 10 \div (2 - x) > 0
====
