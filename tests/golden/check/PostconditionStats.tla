\* cairn: exit=10 distinct=4 depth=4
\* cairn: stdout~=^5 states generated, 4 distinct states found, 0 states left on queue\.$
\* cairn: stderr~=PostconditionStats\.tla:\d+:\d+: error: Postcondition Post is false\.
\* A POSTCONDITION is checked after the search; when it is false TLC exits with 10 as for a
\* false ASSUME, but prints the search's statistics (an ASSUME's failure prints none):
\* x = 0..3 (4 distinct, depth 4) and the 5th generated state x = 0 again; the queue is
\* empty. Post asks for 5 distinct states.
---- MODULE PostconditionStats ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 4
Post == TLCGet("distinct") = 5
====
