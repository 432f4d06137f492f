\* cairn: command=check exit=0 distinct=1 depth=1
\* Mutual recursion between a recursive function and a RECURSIVE operator, and a deep
\* but finite recursion (2000 levels): fact[5] = 120, Sum(1..2000) = 2001000, Even(1000).
\* All ASSUMEs hold, so the one-state model succeeds.
---- MODULE MutualRecursion ----
EXTENDS Naturals
VARIABLE x
RECURSIVE Even(_), Odd(_), Sum(_)
fact[n \in Nat] == IF n = 0 THEN 1 ELSE n * fact[n - 1]
Even(n) == IF n = 0 THEN TRUE ELSE Odd(n - 1)
Odd(n) == IF n = 0 THEN FALSE ELSE Even(n - 1)
Sum(n) == IF n = 0 THEN 0 ELSE n + Sum(n - 1)
half[n \in Nat] == IF n = 0 THEN 0 ELSE IF Even(n) THEN half[n - 1] + 1 ELSE half[n - 1]
ASSUME fact[5] = 120
ASSUME Sum(2000) = 2001000
ASSUME Even(1000) /\ ~Odd(1000)
ASSUME half[10] = 5
Init == x = 0
Next == UNCHANGED x
====
