\* cairn: command=check exit=150
\* cairn: stderr~=SyntaxError\.tla:9:16: error:
\* The `)` on line 9 (column 16) cannot start an expression.
---- MODULE SyntaxError ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next ==
  x' = x + 1 + )
====
