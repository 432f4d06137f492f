\* cairn: command=check exit=76
\* cairn: stderr~=PrimedInvariant\.tla:10:1: error: The invariant Inv is not a state predicate
\* A primed variable makes Inv an action: as an INVARIANT it is a level error, not a runtime one; TLC
\* reports it before the search (TLC_INVARIANT_VIOLATED_LEVEL), mapped to exit 76 (FAILURE_SAFETY_EVAL).
---- MODULE PrimedInvariant ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Inv == x' > x \/ x = 2
====
