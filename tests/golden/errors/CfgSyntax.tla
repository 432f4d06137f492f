\* cairn: command=check exit=151
\* cairn: stderr~=CfgSyntax\.cfg:3:5: error: expected '=' or '<-'
\* A malformed cfg (`N 3` without `=`; the error points at the 3) is a configuration error, located in the .cfg.
---- MODULE CfgSyntax ----
EXTENDS Naturals
CONSTANT N
VARIABLE x
Init == x = 0
Next == x < N /\ x' = x + 1
====
