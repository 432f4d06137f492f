\* cairn: exit=13 result="liveness failure" violation=Init
\* cairn: stdout~=^Error: Property Init is violated by the initial state:\nx = 1$
\* cairn: stdout!~states generated
\* The refinement mapping c <- x: the abstract Init (c = 0) is a state-level conjunct of
\* the PROPERTY, which TLC checks on each initial state right after the invariants
\* (SpecProcessor's implied inits, named by the definition they come from; DoInitFunctor).
\* Init's second state x = 1 violates it: exit 13 before any successor, as TLC prints no
\* statistics after an initial state's violation. The deadlock at x = 3 (which a search
\* would find first) is never reached.
---- MODULE RefineInit ----
EXTENDS Naturals
VARIABLE x
Init == x \in {0, 1}
Next == x < 3 /\ x' = x + 1
Spec == Init /\ [][Next]_x
Abs == INSTANCE RefineInitAbs WITH c <- x
AbsSpec == Abs!Spec
====
