\* cairn: command=check exit=150
\* cairn: stderr~=PrimedInvariant\.tla:9:1: error: The invariant Inv is not a state predicate
\* A primed variable makes Inv an action: as an INVARIANT it is a level error, not a runtime one.
---- MODULE PrimedInvariant ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Inv == x' > x \/ x = 2
====
