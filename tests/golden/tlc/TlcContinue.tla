\* cairn: command=tlc args="-continue" exit=1
\* -continue (go on after a violation) would change the answer: refused with a message.
\* cairn: stderr~=-continue is not supported
---- MODULE TlcContinue ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Small == x < 2
====
