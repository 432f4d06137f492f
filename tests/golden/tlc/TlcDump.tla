\* cairn: command=tlc args="-dump dot,colorize graph.dot" exit=1
\* -dump (the state graph) is not written yet: refused, nothing run.
\* cairn: stderr~=-dump: writing the state graph is not supported yet
---- MODULE TlcDump ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Small == x < 2
====
