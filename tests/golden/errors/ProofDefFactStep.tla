\* cairn: command=parse exit=150
\* cairn: stderr~=ProofDefFactStep\.tla:10:15: error: DEF clause entry should describe a defined operator\.
\* A step asserting a fact is not a definition: SANY forbids step names (names starting
\* with `<`) in DEF clauses even though the step is a theorem-like node.
---- MODULE ProofDefFactStep ----
EXTENDS Naturals
Op == 1
THEOREM T == Op = 1
<1>1. Op = 1
<1>2. USE DEF <1>1
<1> QED
====
