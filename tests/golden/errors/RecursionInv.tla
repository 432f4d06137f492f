\* cairn: command=check exit=75 result="error"
\* cairn: stderr~=RecursionInv\.tla:\d+:\d+: error: The evaluation recursed too deeply
\* The invariant evaluates the mutually recursive Even/Odd on -1: they never reach 0.
\* The invariant fails on the initial state, while TLC computes the initial states, whose every
\* error is an error of Init ("While working on the initial state"): exit 75, not an invariant's 76.
---- MODULE RecursionInv ----
EXTENDS Integers
VARIABLE x
RECURSIVE Even(_), Odd(_)
Even(n) == IF n = 0 THEN TRUE ELSE Odd(n - 1)
Odd(n) == IF n = 0 THEN FALSE ELSE Even(n - 1)
Init == x = -1
Next == UNCHANGED x
Inv == Even(x) \/ TRUE
====
