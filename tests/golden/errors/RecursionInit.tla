\* cairn: command=check exit=75 result="error"
\* cairn: stderr~=RecursionInit\.tla:\d+:\d+: error: The evaluation recursed too deeply
\* f[n] is defined by f[n+1]: computing f[0] never ends. In Init, that is an evaluation
\* error of the spec (exit 75), located, not a crash.
---- MODULE RecursionInit ----
EXTENDS Naturals
VARIABLE x
f[n \in Nat] == f[n + 1]
Init == x = f[0]
Next == UNCHANGED x
====
