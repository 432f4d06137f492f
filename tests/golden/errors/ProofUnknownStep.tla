\* cairn: command=parse exit=150
\* cairn: stderr~=ProofUnknownStep\.tla:15:12: error: Unknown operator: `<2>1'\.
\* Step names are scoped by their proof: <2>1 belongs to the proof of <1>1 and is not
\* visible from <1>2 (SANY pops the proof's context when the proof ends). <1>1 is still
\* visible (same proof), so the error is at <2>1 in the BY of <1>2.
---- MODULE ProofUnknownStep ----
EXTENDS Naturals
THEOREM T == 1 + 1 = 2
<1>1. 1 = 1
  <2>1. 2 = 2
    OBVIOUS
  <2>2. QED
    BY <2>1
<1>2. 2 = 2
  BY <1>1, <2>1
<1>3. QED
  BY <1>1, <1>2
====
