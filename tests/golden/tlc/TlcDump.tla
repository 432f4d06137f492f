\* cairn: command=tlc args="-dump states.out" exit=1
\* -dump FILE without "dot" is TLC's dump of the states in its own format: refused, nothing run.
\* cairn: stderr~=-dump states\.out: cairn writes the state graph only as DOT
---- MODULE TlcDump ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Small == x < 2
====
