\* cairn: command=check exit=150
\* cairn: stderr~=SubexprNoOperand\.tla:9:20: error: Nonexistent operand specified by `3'
\* `Def!3`: a set enumeration of two elements has no third operand; SANY reports
\* "Nonexistent operand specified by `3'." at the selector (exit 150).
---- MODULE SubexprNoOperand ----
EXTENDS Naturals
Def == {1, 2}
ASSUME Def!2 = 2
ASSUME Def!1 + Def!3 = 1
====
