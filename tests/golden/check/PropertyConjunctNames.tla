\* cairn: exit=13 result="safety failure"
\* cairn: stdout~=^Error: Action property line 17, col 12 to line 17, col 27 of module PropertyConjunctNames is violated\.$
\* TLC names each conjunct of a PROPERTY's `/\` by its location, a definition's body by the
\* definition (SpecProcessor.processConfigProps): here the state-level `x >= 0` holds
\* initially, `[]Small` is an invariant named Small (x < 9 holds on all 4 states), and the
\* action part, named by the location of the conjunct `[][x' = x + 1]_x`, is violated by
\* the step 3 -> 0. Two workers: the one step that violates it, so the same answer.
---- MODULE PropertyConjunctNames ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 4
Spec == Init /\ [][Next]_x
Small == x < 9
Prop == /\ x >= 0
        /\ []Small
        /\ [][x' = x + 1]_x
====
