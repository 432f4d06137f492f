\* cairn: command=tlc args="-fp 3 -gzip -terse -fp 5 -maxSetSize 100 -lncheck default" exit=12
\* Options that cannot change the answer are accepted and each said once on stderr, even when
\* given twice (-fp); the run itself is Small violated at x = 2.
\* cairn: stderr~=ignoring -fp: 
\* cairn: stderr~=ignoring -gzip: 
\* cairn: stderr~=ignoring -terse: 
\* cairn: stderr~=ignoring -maxSetSize: 
\* cairn: stderr~=ignoring -lncheck default: 
\* cairn: stderr!~ignoring -fp: [^\n]*\n(.*\n)*.*ignoring -fp: 
\* cairn: stdout~=Invariant Small is violated\.
---- MODULE TlcIgnored ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Small == x < 2
====
