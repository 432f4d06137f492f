\* cairn: command=parse exit=150
\* cairn: stderr~=NameBoundShadowsConstant\.tla:8:9: error: Multiply-defined symbol 'N'
\* SANY (SymbolTable.addSymbol): a bound variable may not reuse a visible name, here the
\* CONSTANT N; the error is at the bound name.
---- MODULE NameBoundShadowsConstant ----
CONSTANT N
Ok == \E y \in {1} : y = 1
F == \E N \in {1} : N = 1
====
