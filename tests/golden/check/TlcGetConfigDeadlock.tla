\* cairn: command=check exit=0 distinct=1
\* By default deadlock is checked: TLCGet("config").deadlock is TRUE.
---- MODULE TlcGetConfigDeadlock ----
EXTENDS TLC
VARIABLE x
ASSUME TLCGet("config").deadlock
Init == x = 0
Next == UNCHANGED x
====
