\* cairn: command=parse exit=150
\* cairn: stderr~=ProofNewScope\.tla:16:12: error: Unknown operator: `w'\.
\* Names declared in a proof have SANY's scopes: the theorem's NEW y is seen in its
\* whole proof, a PICK'd z and a SUFFICES ASSUME NEW s by the following steps, but the
\* NEW w of step <1>3's ASSUME only inside that step's proof.
---- MODULE ProofNewScope ----
EXTENDS Naturals
THEOREM T == ASSUME NEW y \in Nat PROVE y + 0 = y
<1>1. PICK z \in Nat : z = y
<1>2. SUFFICES ASSUME NEW s \in Nat PROVE y + 0 = y
  BY z, y
<1>3. ASSUME NEW w \in Nat PROVE w = w
  <2>1. w = w
  <2> QED BY w, z, s
<1>4. y = y
  BY z, s, w
<1> QED
====
