\* cairn: command=parse exit=150
\* cairn: stderr~=LambdaArgumentArity\.tla:7:12: error: Lambda expression with arity 2 used as argument 1 of operator `Apply', but an operator of arity 1 is required\.
\* A LAMBDA with two parameters passed for the one-argument operator parameter Op(_).
---- MODULE LambdaArgumentArity ----
EXTENDS Naturals
Apply(Op(_), v) == Op(v)
M == Apply(LAMBDA a, b : a, 1)
====
