\* cairn: command=tlc args="-workers auto -deadlock" exit=0
\* -workers auto: all cores; the answer does not depend on them (4 distinct states).
\* cairn: stdout~=^4 states generated, 4 distinct states found
---- MODULE TlcWorkersAuto ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Small == x < 2
====
