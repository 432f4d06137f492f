\* cairn: command=tlc args="-deadlock" exit=0
\* TLC's -deadlock turns the deadlock check OFF: x = 3 has no successor, yet the run succeeds
\* (4 states 0..3, depth 4).
\* cairn: stdout~=Model checking completed\. No error has been found\.
\* cairn: stdout~=^4 states generated, 4 distinct states found, 0 states left on queue\.
---- MODULE TlcDeadlockOff ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Small == x < 2
====
