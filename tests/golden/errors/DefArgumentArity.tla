\* cairn: command=check exit=150
\* cairn: stderr~=DefArgumentArity\.tla:9:12: error: operator '\+' takes 2
\* A parameter Op(_) takes operators of one argument; Naturals' `+` takes two (SANY: the
\* argument "should be a 1-parameter operator"), exit 150.
---- MODULE DefArgumentArity ----
EXTENDS Naturals
Ap1(Op(_), a) == Op(a)
ASSUME Ap1(LAMBDA v : v + 1, 1) = 2
ASSUME Ap1(+, 1) = 2
====
