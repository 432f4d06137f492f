\* cairn: command=tlc args="-metadir /tmp/cairn-golden-TlcMetadir -checkpoint 0" exit=12
\* -metadir DIR (where checkpoints go) and -checkpoint 0 (none) are honoured, not ignored:
\* no note on stderr; the run is TLC's, Small violated at x = 2 (TLC: exit 12 with the same options).
\* cairn: stderr!~ignoring
\* cairn: stdout~=Invariant Small is violated\.
---- MODULE TlcMetadir ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Small == x < 2
====
