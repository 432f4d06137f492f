\* cairn: command=check exit=150
\* cairn: stderr~=SymbolArgumentArity\.tla:9:12: error: operator .=>. takes 2
\* A parameter Op(_) takes operators of one argument; `=>` takes two (SANY: the
\* argument "should be a 1-parameter operator"), exit 150.
---- MODULE SymbolArgumentArity ----
EXTENDS Naturals
Ap1(Op(_), a) == Op(a)
ASSUME Ap1(~, FALSE)
ASSUME Ap1(=>, FALSE)
====
