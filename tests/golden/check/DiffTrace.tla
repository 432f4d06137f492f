\* cairn: exit=12 trace_length=5 args=--difftrace
\* TLC's -difftrace on an invariant violated by a successor (TLCTrace.printTrace(s1, s2)):
\* state 1 whole; states 2, 3 only what changed from the state before; state 4 (s1) against
\* state 2, not 3 (TLC's lastState is not advanced there): t and y changed, and x, which
\* is back to 0; state 5 (s2) whole. Variables declared in TLC's print order.
\* cairn: stdout~=State 1: <Initial predicate>\n/\\ t = 0\n/\\ x = 0\n/\\ y = 0\n\n
\* cairn: stdout~=State 2: <A [^>]*>\n/\\ t = 1\n/\\ x = 1\n\n
\* cairn: stdout~=State 3: <B [^>]*>\n/\\ t = 2\n/\\ x = 0\n\n
\* cairn: stdout~=State 4: <C [^>]*>\n/\\ t = 3\n/\\ x = 0\n/\\ y = 1\n\n
\* cairn: stdout~=State 5: <D [^>]*>\n/\\ t = 4\n/\\ x = 0\n/\\ y = 2\n
---- MODULE DiffTrace ----
VARIABLES t, x, y
Init == t = 0 /\ x = 0 /\ y = 0
A == t = 0 /\ x' = 1 /\ t' = 1 /\ UNCHANGED y
B == t = 1 /\ x' = 0 /\ t' = 2 /\ UNCHANGED y
C == t = 2 /\ y' = 1 /\ t' = 3 /\ UNCHANGED x
D == t = 3 /\ y' = 2 /\ t' = 4 /\ UNCHANGED x
Next == A \/ B \/ C \/ D
Inv == t \notin {4}
====
