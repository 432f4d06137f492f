\* cairn: command=check exit=10 result="assumption failure"
\* cairn: args=--no-deadlock
\* cairn: stderr~=PostconditionFalse\.tla:12:9: error: Postcondition Post is false\.
\* The POSTCONDITION is evaluated after the search (TLC's Tool.checkPostCondition): the
\* search finds 4 distinct states, not 5, so it is false: exit 10 (TLC_POSTCONDITION_FALSE).
---- MODULE PostconditionFalse ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Post ==
        TLCGet("distinct") = 5
====
