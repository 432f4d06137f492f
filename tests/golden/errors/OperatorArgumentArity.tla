\* cairn: command=parse exit=150
\* cairn: stderr~=OperatorArgumentArity\.tla:8:12: error: .*2 argument
\* Apply declares its operator parameter Op(_) with one argument; Two takes two.
---- MODULE OperatorArgumentArity ----
EXTENDS Naturals
Apply(Op(_), v) == Op(v)
Two(a, b) == a
L == Apply(Two, 1)
====
