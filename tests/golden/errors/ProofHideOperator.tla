\* cairn: command=parse exit=150
\* cairn: stderr~=ProofHideOperator\.tla:11:9: error: The only expression allowed as a fact in a HIDE is the name of a theorem, assumption, or step\.
\* A definition's name as a HIDE fact is an expression (its application), not a fact's
\* name: HIDE it with DEF instead. The ASSUMPTION A and the instance I are fine.
---- MODULE ProofHideOperator ----
EXTENDS Naturals
Op == 1
ASSUME A == Op = 1
I == INSTANCE Naturals
HIDE A, I DEF Op
HIDE A, Op
====
