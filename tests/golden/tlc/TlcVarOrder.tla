\* cairn: command=tlc exit=12
\* TLC's text for this model (tlc -workers 1): the variables in SANY's order (the reverse
\* of its symbol table's Hashtable enumeration), not the declaration order.
\* cairn: stdout~=^State 1: <Initial predicate>\n/\\ now = 0\n/\\ zeta = 0\n/\\ alpha = 0\n/\\ hr = 0\n/\\ n = 0\n/\\ t = 0\n/\\ x = 0\n\nState 2: <Next line 9, col 9 to line 10, col 97 of module TlcVarOrder>\n/\\ now = 0\n/\\ zeta = 0\n/\\ alpha = 0\n/\\ hr = 0\n/\\ n = 1\n/\\ t = 0\n/\\ x = 2\n
---- MODULE TlcVarOrder ----
EXTENDS Naturals
VARIABLES x, n, zeta, alpha, hr, now, t
Init == hr = 0 /\ now = 0 /\ t = 0 /\ zeta = 0 /\ alpha = 0 /\ n = 0 /\ x = 0
Next == /\ n < 2
        /\ n' = n + 1 /\ x' = x + 2 /\ alpha' = alpha /\ zeta' = zeta /\ UNCHANGED <<hr, now, t>>
Small == n < 2
====
