\* cairn: command=check exit=10 result="assumption failure"
\* cairn: stderr~=LazyFcnCompare\.tla:9:8: error:
\* cairn: stderr~=not enumerable: Nat
\* Comparing a function over Nat converts it to an enumerated function (FcnLambdaValue.equals
\* calls toFcnRcd), which enumerates Nat: an evaluation error in the ASSUME (exit 10).
---- MODULE LazyFcnCompare ----
EXTENDS Naturals
F == [i \in Nat |-> i]
ASSUME F = [i \in Nat |-> i]
====
