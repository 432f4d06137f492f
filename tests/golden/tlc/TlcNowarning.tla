\* cairn: command=tlc args="-nowarning -fp 3 -lncheck final -noGenerateSpecTE -cleanup" exit=12
\* -nowarning silences the notes; -lncheck final, -noGenerateSpecTE and -cleanup are what cairn does
\* anyway (no note at all).
\* cairn: stderr!~ignoring
---- MODULE TlcNowarning ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Small == x < 2
====
