\* cairn: command=parse exit=0
\* A nested module may come right after the header line, before any other unit: the
\* `----` that ends the header is not the `----` that begins the nested module's header
\* (SANY accepts this; it was a parse error).
---- MODULE NestedModuleFirst ----
---- MODULE Inner ----
X == 1
====
I == INSTANCE Inner
Y == I!X
====
