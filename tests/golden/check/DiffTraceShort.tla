\* cairn: exit=12 trace_length=2 args=--difftrace
\* TLC's -difftrace on a two-state trace (printTrace(s1, s2) with s1 initial): the initial
\* state is printed against itself (no variable), the second against it.
\* cairn: stdout~=State 1: <Initial predicate>\n\nState 2: <A [^>]*>\n/\\ t = 1\n/\\ x = 1\n\n
---- MODULE DiffTraceShort ----
VARIABLES t, x, y
Init == t = 0 /\ x = 0 /\ y = 0
A == t = 0 /\ x' = 1 /\ t' = 1 /\ UNCHANGED y
Next == A
Inv == t = 0
====
