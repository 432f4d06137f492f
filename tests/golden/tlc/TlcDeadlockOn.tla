\* cairn: command=tlc exit=11
\* Without -deadlock TLC checks for deadlock (the opposite of its flag's name): x = 3 deadlocks.
\* cairn: stdout~=Error: Deadlock reached\.
---- MODULE TlcDeadlockOn ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Small == x < 2
====
