\* cairn: command=parse exit=150
\* cairn: stderr~=OperatorArgumentArity\.tla:8:12: error: Expected arity 1 but found operator of arity 2\.
\* Apply declares its operator parameter Op(_) with one argument; Two takes two.
---- MODULE OperatorArgumentArity ----
EXTENDS Naturals
Apply(Op(_), v) == Op(v)
Two(a, b) == a
L == Apply(Two, 1)
====
