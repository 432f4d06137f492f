\* cairn: command=check exit=75 result="error" distinct=2 depth=1 generated=2
\* cairn: stderr~=InitInvariantError\.tla:\d+:\d+: error: Attempted to check equality of integer 1
\* The invariant fails to evaluate on the second initial state, x = 1. TLC checks invariants
\* while it computes the initial states (DoInitFunctor), and every error there is an error of
\* Init: exit 75 (not an invariant's 76), both initial states already counted, depth 1.
---- MODULE InitInvariantError ----
EXTENDS Naturals
VARIABLE x
Init == x \in {0, 1}
Next == x' = x + 1
Inv == x = 1 => x = "a"
====
