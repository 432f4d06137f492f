\* cairn: command=check exit=75 result="error" distinct=3 depth=3 generated=3 left=0
\* cairn: stderr~=NextIntVsString\.tla:9:47: error:
\* cairn: stderr~=equality of integer 2 with
\* At x = 2 the IF takes its ELSE branch, x = "a": comparing an integer with a string is an error, not FALSE (exit 75).
---- MODULE NextIntVsString ----
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == x' = x + 1 /\ IF x < 2 THEN TRUE ELSE x = "a"
====
