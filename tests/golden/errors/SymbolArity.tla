\* cairn: command=check exit=150
\* cairn: stderr~=SymbolArity\.tla:9:8: error: .*'\+' expects 2 argument
\* An infix symbol is an operator of two arguments; in prefix form `+(1, 2, 3)` gives it
\* three: SANY's semantic error on the number of arguments, exit 150.
---- MODULE SymbolArity ----
a + b == <<a, b>>
ASSUME +(1, 2) = <<1, 2>>
\* the wrong one
ASSUME +(1, 2, 3) = <<1, 2>>
====
