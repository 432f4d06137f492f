\* cairn: command=tlc args="-checkpoint 5 -metadir /tmp/cairn-golden-TlcCheckpoint" exit=12
\* -checkpoint MIN checkpoints every MIN minutes into -metadir; a run shorter than that writes
\* none and gives the answer unchanged (TLC: exit 12 with the same options).
\* cairn: stderr!~ignoring
\* cairn: stdout~=Invariant Small is violated\.
---- MODULE TlcCheckpoint ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Small == x < 2
====
