\* cairn: command=tlc args="-difftrace" exit=12
\* -difftrace: after the initial state, a state shows only the variables its step changed:
\* step 1 changes x alone (y stays 0), so state 2 prints "/\ x = 1" and no y line.
\* cairn: stdout~=State 2: <Step line [^\n]*>\n/\\ x = 1\n\n
---- MODULE TlcDiffTrace ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Step == x < 1 /\ x' = x + 1 /\ y' = y
Next == Step
Small == x < 1
====
