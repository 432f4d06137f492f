\* cairn: command=check exit=76 result="error" distinct=3 depth=3
\* cairn: stderr~=should be an integer
\* A module's EvalException in an invariant is still "Evaluating invariant Inv failed", exit 76
\* (TLC does not replay invariants: Worker.doNextCheckInvariants catches the failure).
\* x runs 0, 1, 2; at x = 2 the second disjunct compares "a" with 2 (Naturals.LessThan).
---- MODULE InvariantModuleError ----
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == x' = x + 1
Inv == x < 2 \/ "a" < x
====
