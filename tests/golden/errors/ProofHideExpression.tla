\* cairn: command=parse exit=150
\* cairn: stderr~=ProofHideExpression\.tla:11:9: error: The only expression allowed as a fact in a HIDE is the name of a theorem, assumption, or step\.
\* USE accepts any expression as a fact, HIDE only the names of theorems, assumptions and
\* steps (SANY's UseOrHideNode.factCheck): TRUE is an expression (an application of a
\* built-in operator). A number is not an operator application, so `HIDE 1` passes.
---- MODULE ProofHideExpression ----
EXTENDS Naturals
THEOREM T == 1 = 1
USE TRUE, T, 1 + 1 = 2
HIDE T, 1
HIDE T, TRUE
====
