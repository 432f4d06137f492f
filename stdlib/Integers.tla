---------------------------- MODULE Integers ----------------------------
(* The integers: Naturals plus Int and unary minus (natively implemented). *)
EXTENDS Naturals
Int == Int
-. a == 0 - a
=========================================================================
