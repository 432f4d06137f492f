\* cairn: command=parse exit=150
\* cairn: stderr~=ProofUnknownFact\.tla:11:8: error: Unknown operator: `Later'\.
\* A fact of USE must name something declared before it: Later is defined only after the
\* USE (SANY resolves facts in the symbol table as it stands there), so it is unknown.
\* The error is located at the name (SANY's selector segment).
---- MODULE ProofUnknownFact ----
EXTENDS Naturals
Op == 1
THEOREM T == Op = 1
USE T DEF Op
USE T, Later
Later == 2
====
