\* cairn: command=tlc args="-coverage 1 -deadlock" exit=0
\* -coverage MIN: per-action coverage (printed once, at the end): Next found 3 new states in 3 steps.
\* cairn: stdout~=coverage statistics
\* cairn: stdout~=<Next line \d+, col 9 to line \d+, col 27 of module TlcCoverage>: 3:3
---- MODULE TlcCoverage ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Small == x < 2
====
