\* cairn: command=check exit=150
\* cairn: stderr~=SymbolPrecedence\.tla:10:\d+: error: precedence conflict
\* `$` (9-13) and `+` (10) have overlapping precedence ranges in SANY's table
\* (Operators.java): `1 $ 2 + 3` is a parse error, not a grouping.
---- MODULE SymbolPrecedence ----
a $ b == <<a, b>>
a + b == <<b, a>>
ASSUME 1 $ (2 + 3) = <<1, <<3, 2>>>>
ASSUME (1 $ 2) + 3 = <<3, <<1, 2>>>>
ASSUME 1 $ 2 + 3 = <<1, <<3, 2>>>>
====
