\* cairn: command=tlc args="-recover no-such-checkpoint" exit=153
\* -recover DIR continues a checkpoint; one that does not exist is a system error (153).
\* cairn: stderr~=no-such-checkpoint
---- MODULE TlcRecoverMissing ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Small == x < 2
====
