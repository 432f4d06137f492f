\* cairn: command=tlc args="-dumpTrace yaml out.yaml" exit=1
\* A format TLC does not know: its words.
\* cairn: stderr~=Error: Unknown format yaml given to -dumpTrace\.
---- MODULE TlcDumpTraceBad ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Small == x < 2
====
