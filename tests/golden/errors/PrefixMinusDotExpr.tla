\* cairn: command=parse exit=150
\* cairn: stderr~=PrefixMinusDotExpr\.tla:8:\d+: error:
\* `-.` is how prefix minus is named (a definition `-. a == ...`, an argument `F(-.)`),
\* not an operator of expressions: SANY's parser refuses `-. 1` (written `-1`).
---- MODULE PrefixMinusDotExpr ----
F(Op(_)) == Op(1)
Ok == F(-.)
E == -. 1
-. a == a
====
