\* cairn: command=check exit=255
\* cairn: stderr~=CfgSyntax\.cfg:3:5: error: expected '=' or '<-'
\* A malformed cfg (`N 3` without `=`; the error points at the 3), located in the .cfg. TLC's cfg
\* parser throws a ConfigFileException, which TLC reports as an unexpected exception: exit 255
\* (151 is for a cfg that parses but does not fit the spec).
---- MODULE CfgSyntax ----
EXTENDS Naturals
CONSTANT N
VARIABLE x
Init == x = 0
Next == x < N /\ x' = x + 1
====
