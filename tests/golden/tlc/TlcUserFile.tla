\* cairn: command=tlc args="-userFile user.out" exit=1
\* -userFile FILE (Print's output into FILE) would move output cairn prints on stdout:
\* refused with a message, exit 1 (TLC's for a command line it rejects).
\* cairn: stderr~=-userFile is not supported
---- MODULE TlcUserFile ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0 /\ Print("init", TRUE)
Next == x < 3 /\ x' = x + 1
====
