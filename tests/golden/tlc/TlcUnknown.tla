\* cairn: command=tlc args="-bogus" exit=1
\* An option TLC does not know: its words, exit 1.
\* cairn: stderr~=^Error: unrecognized option: -bogus$
---- MODULE TlcUnknown ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Small == x < 2
====
