\* cairn: command=check exit=75 result="error" distinct=3 depth=3 generated=3 left=0
\* cairn: stderr~=NextCaseNoArm\.tla:9:9: error:
\* cairn: stderr~=CASE
\* At x = 2 no CASE guard holds and there is no OTHER: an error in Next (exit 75).
---- MODULE NextCaseNoArm ----
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == CASE x = 0 -> x' = 1
          [] x = 1 -> x' = 2
====
