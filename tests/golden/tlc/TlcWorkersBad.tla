\* cairn: command=tlc args="-workers many" exit=1
\* -workers needs an integer or auto: TLC rejects the command line (exit 1).
\* cairn: stderr~=An integer for -workers required
---- MODULE TlcWorkersBad ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Small == x < 2
====
