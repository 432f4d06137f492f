\* cairn: command=parse exit=150
\* cairn: stderr~=LambdaArgumentArity\.tla:7:12: error: .*2 argument
\* A LAMBDA with two parameters passed for the one-argument operator parameter Op(_).
---- MODULE LambdaArgumentArity ----
EXTENDS Naturals
Apply(Op(_), v) == Op(v)
M == Apply(LAMBDA a, b : a, 1)
====
