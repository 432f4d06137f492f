\* cairn: command=parse exit=150
\* cairn: stderr~=ProofStepBeforeDefined\.tla:9:6: error: Unknown operator: `<1>2'\.
\* A step name is declared where the step is written: <1>1's proof cannot cite the
\* later step <1>2.
---- MODULE ProofStepBeforeDefined ----
EXTENDS Naturals
THEOREM T == 1 + 1 = 2
<1>1. 1 = 1
  BY <1>2
<1>2. 2 = 2
<1>3. QED
====
