---- MODULE SubstOpSymbolM ----
CONSTANT Op(_, _)
Diff == Op(5, 3)
====
