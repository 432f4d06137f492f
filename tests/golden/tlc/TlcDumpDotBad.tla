\* cairn: command=tlc args="-dump dot,snapshot graph" exit=1
\* -dump dot,snapshot: TLC's snapshot variant is not implemented: refused before running.
\* cairn: stderr~=-dump dot,snapshot: snapshot is not supported
---- MODULE TlcDumpDotBad ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
====
