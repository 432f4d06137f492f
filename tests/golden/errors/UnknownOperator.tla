\* cairn: command=check exit=150
\* cairn: stderr~=UnknownOperator\.tla:9:8: error:.*Frobnicate
\* Frobnicate is defined nowhere: SANY's "Unknown operator" semantic error, exit 150.
---- MODULE UnknownOperator ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next ==
  x' = Frobnicate(x)
====
