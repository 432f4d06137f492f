\* cairn: exit=11 trace_length=3 args=--difftrace
\* TLC's -difftrace on a deadlock (printTrace(s1, null)): the first and the last state
\* whole, the one between only what changed (x).
\* cairn: stdout~=State 2: <Next [^>]*>\n/\\ x = 1\n\nState 3: <Next [^>]*>\n/\\ x = 2\n/\\ y = 0\n\n
---- MODULE DiffTraceDeadlock ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == x < 2 /\ x' = x + 1 /\ UNCHANGED y
====
