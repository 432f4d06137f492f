\* cairn: command=check exit=12 result="safety failure" trace_length=3 violation=Live
\* An invariant with ENABLED is a state predicate checked by the safety search (exit 12,
\* not a temporal violation): Next is disabled at x = 2, the third state. Can(A) ==
\* ENABLED A is a state predicate even with an action argument (its parameter is used only
\* under ENABLED), so Live is accepted as an invariant.
---- MODULE EnabledInvariant ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Can(A) == ENABLED A
Live == Can(Next)
====
