\* cairn: command=check exit=150
\* cairn: stderr~=SubexprLabelArity\.tla:9:15: error: Label `lab' used with wrong number of arguments
\* The label lab(x) takes one argument (the bound x); `Q!lab(1, 2)` gives two. SANY:
\* "Label `lab' used with wrong number of arguments." (exit 150).
---- MODULE SubexprLabelArity ----
EXTENDS Naturals
Q == \A x \in {1} : lab(x) :: x > 0
ASSUME Q!lab(1)
ASSUME Q /\ Q!lab(1, 2)
====
