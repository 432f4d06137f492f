---------------------------- MODULE Naturals ----------------------------
(* The natural numbers. Every operator here is implemented natively       *)
(* (stdlib/builtins.cpp); the definitions give their signatures and their *)
(* meaning for readers.                                                   *)
Nat == { n \in Int : n >= 0 }
a + b == a + b
a - b == a - b
a * b == a * b
a ^ b == a ^ b
a < b == a < b
a > b == a > b
a <= b == a <= b
a >= b == a >= b
a % b == a % b
a \div b == a \div b
a .. b == { i \in Int : a <= i /\ i <= b }
=========================================================================
