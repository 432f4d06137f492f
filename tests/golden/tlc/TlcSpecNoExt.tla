\* cairn: command=tlc args="-deadlock" file=TlcSpecNoExt exit=0
\* The spec may be named without ".tla", as TLC allows.
\* cairn: stdout~=Model checking completed
---- MODULE TlcSpecNoExt ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Small == x < 2
====
