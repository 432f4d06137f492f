\* cairn: command=tlc args="-fpmem 0.25 -view" exit=12
\* -fpmem (the seen-state set's memory) and -view (print states through VIEW) cannot change
\* the answer: accepted, each said once on stderr; the run is TLC's (exit 12 with the same options).
\* cairn: stderr~=ignoring -fpmem: 
\* cairn: stderr~=ignoring -view: 
\* cairn: stdout~=Invariant Small is violated\.
---- MODULE TlcFpmemView ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Small == x < 2
====
