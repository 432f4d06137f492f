---- MODULE RefineInitAbs ----
\* Helper module (no cairn lines): the abstract counter that RefineInit refines.
EXTENDS Naturals
VARIABLE c
Init == c = 0
Next == c' = c + 1
Spec == Init /\ [][Next]_c
====
