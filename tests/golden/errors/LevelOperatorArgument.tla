\* cairn: command=parse exit=150
\* cairn: stderr~=LevelOperatorArgument\.tla:12:6: error: Level error in applying operator Prev: the level of argument 2 exceeds
\* Prev primes its second parameter, so that argument must be at most state level: Prev(1, x)
\* is fine, Prev(1, x') is not. The error is at the application, as SANY reports it; Set(x')
\* is fine too (a set element may be an action).
---- MODULE LevelOperatorArgument ----
EXTENDS Naturals
VARIABLE x
Prev(a, b) == a + b'
Set(a) == {a}
Ok == Prev(1, x) /\ Set(x') = {}
K == Prev(1, x')
====
