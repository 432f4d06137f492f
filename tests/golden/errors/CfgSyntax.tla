\* cairn: command=check exit=151
\* cairn: stderr~=CfgSyntax\.cfg:3:3: error: expected '=' or '<-'
\* A malformed cfg (N without `=`) is a configuration error, located in the .cfg.
---- MODULE CfgSyntax ----
EXTENDS Naturals
CONSTANT N
VARIABLE x
Init == x = 0
Next == x < N /\ x' = x + 1
====
