\* cairn: command=check exit=0 distinct=4 depth=4
\* cairn: args=--no-deadlock
\* TLCGet's statistics of the run (AbstractChecker.getStatistics): before the search (in
\* an ASSUME) nothing is found yet; the POSTCONDITION, evaluated after the search, sees
\* the final counts: 4 distinct states (x = 0..3), 4 generated, an empty queue.
---- MODULE TlcGetStats ----
EXTENDS Naturals, TLC
VARIABLE x
ASSUME TLCGet("distinct") = 0 /\ TLCGet("queue") = 0
ASSUME DOMAIN TLCGet("stats") = {"queue", "distinct", "generated", "diameter", "duration"}
Init == x = 0
Next == x < 3 /\ x' = x + 1
Post == TLCGet("distinct") = 4 /\ TLCGet("generated") = 4 /\ TLCGet("queue") = 0
====
