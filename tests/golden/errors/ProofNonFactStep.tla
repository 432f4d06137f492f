\* cairn: command=parse exit=150
\* cairn: stderr~=ProofNonFactStep\.tla:11:12: error: Step number of non-fact used as a fact
\* A DEFINE step asserts nothing: its name may be used in a DEF clause (line 11 is fine)
\* but not as a fact (SANY's selectorToNode, NumberedProofStepKind with isFact).
---- MODULE ProofNonFactStep ----
EXTENDS Naturals
THEOREM T == 1 + 1 = 2
<1>1. 1 = 1
<1>2. DEFINE D == 2
<1>3. USE DEF <1>2
<1> QED BY <1>2
====
