\* cairn: command=check exit=0 distinct=1
\* SANY's OpOrExpr: in `WITH Op <- -` a lone operator symbol followed by the start of
\* the next definition is the operator `-`, not a prefix minus applied to what follows
\* (`- E ...`). Here Op is binary minus: Diff = 5 - 3 = 2, so Inv holds.
---- MODULE SubstOpSymbolBeforeDef ----
EXTENDS Integers
VARIABLE x
I == INSTANCE SubstOpSymbolM WITH Op <- -
E == I!Diff
Init == x = 0
Next == UNCHANGED x
Inv == E = 2
====
