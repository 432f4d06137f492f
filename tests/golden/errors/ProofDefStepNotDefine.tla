\* cairn: command=parse exit=150
\* cairn: stderr~=ProofDefStepNotDefine\.tla:10:15: error: DEF clause entry refers to a non-definition step\.
\* A DEF entry naming a step must name a DEFINE step: <1>1 is a USE step (a non-fact
\* step, but not a definition).
---- MODULE ProofDefStepNotDefine ----
EXTENDS Naturals
Op == 1
THEOREM T == Op = 1
<1>1. USE DEF Op
<1>2. USE DEF <1>1
<1> QED
====
