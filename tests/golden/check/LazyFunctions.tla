\* cairn: command=check exit=0 result="success" distinct=0 depth=0 generated=0
\* cairn: stderr!~error
\* Functions TLC keeps lazy (FcnLambdaValue, checker/LAZY_VALUES.md): a domain that is not an
\* enumerated set or interval is never enumerated, so each ASSUME holds under TLC, while any
\* enumeration of Nat/Int would be the error "Attempted to enumerate a set that is not enumerable".
---- MODULE LazyFunctions ----
EXTENDS Integers, TLC
Succ == [i \in Nat |-> i + 1]
ASSUME Succ[3] = 4
\* Several parameters: the argument is a tuple, the domain Nat \X Int.
ASSUME [p \in Nat \X Int |-> p[1] - 2 * p[2]][2, -3] = 8
ASSUME [i \in Nat, j \in Int |-> i * j][2, -3] = -6
\* EXCEPT is recorded, not applied to an enumeration; `@` is the old value.
ASSUME [Succ EXCEPT ![2] = 7][2] = 7 /\ [Succ EXCEPT ![2] = 7][5] = 6
ASSUME [Succ EXCEPT ![2] = @ * 10][2] = 30
\* The latest EXCEPT at an argument wins; a deeper one is applied on top of it.
ASSUME [Succ EXCEPT ![2] = 7, ![2] = 8][2] = 8
ASSUME [[i \in Nat |-> <<i, i>>] EXCEPT ![1][2] = 9][1] = <<1, 9>>
ASSUME [[i \in Nat |-> <<i, i>>] EXCEPT ![1] = <<0, 0>>, ![1][2] = 9][1] = <<0, 9>>
\* A step outside the domain leaves the function unchanged (TLC only warns).
ASSUME -1 \notin DOMAIN [Succ EXCEPT ![-1] = 5]
\* DOMAIN is the domain set itself; membership in it is structural.
ASSUME 5 \in DOMAIN [i \in Int |-> i + 3] /\ -5 \notin DOMAIN Succ
ASSUME <<1, -1>> \in DOMAIN [i \in Nat, j \in Int |-> 0]
\* Stored in a record and passed around, then applied.
Apply(f, x) == f[x]
ASSUME LET r == [g |-> [i \in Int |-> i - 1]] IN r.g[-3] = -4 /\ Apply(r.g, 10) = 9
\* f[a] evaluates f with KeepLazy (Tool OPCODE_fa): the body is computed at 1 only, so the
\* division by zero at i = 2 never happens.
ASSUME [i \in 1..3 |-> 10 \div (i - 2)][1] = -10
\* A recursive function over Nat.
Fact[n \in Nat] == IF n = 0 THEN 1 ELSE n * Fact[n - 1]
ASSUME Fact[5] = 120
====
