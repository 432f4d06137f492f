\* cairn: command=parse exit=0
\* A module whose USE/HIDE/BY clauses all satisfy SANY's rules (SANY accepts it): facts
\* that are theorem, assumption, ASSUME/PROVE theorem, instance and step names, any
\* expression in USE/BY, numbers and strings in HIDE, DEF of operators, functions,
\* theorems, instances, RECURSIVE operators and DEFINE steps, step names reused in
\* different subproofs, <+>/<*> steps, MODULE of this module, a theorem's own name in
\* its proof, NEW/PICK/TAKE names as facts.
---- MODULE ProofAccepted ----
EXTENDS Naturals
CONSTANT N
ASSUME NPos == N \in Nat
Op == N + 1
Sq(x) == x * x
f[x \in Nat] == x + 1
RECURSIVE Fact(_)
Fact(n) == IF n = 0 THEN 1 ELSE n * Fact(n - 1)
I == INSTANCE Naturals
PI(a) == INSTANCE Naturals
THEOREM OpNat == Op \in Nat
  BY NPos DEF Op
THEOREM Both == ASSUME NEW a \in Nat, NEW P(_) PROVE a + 0 = a
  OBVIOUS
USE NPos, OpNat, Both, I, MODULE ProofAccepted DEF Op, Sq, f, Fact, I, PI, OpNat, NPos, I!+
HIDE NPos, OpNat, Both, I, 1, "s" DEF Op
LEMMA Main == ASSUME NEW k \in Nat PROVE Sq(k) + 0 = Sq(k)
<1>1. Sq(k) \in Nat
  <2>1. k * k \in Nat
    BY k
  <2>2. QED
    BY <2>1 DEF Sq
<1>2. DEFINE D == Sq(k)
<1>3. D \in Nat
  <2>1. Sq(k) \in Nat
    BY <1>1
  <2>2. QED
    BY <2>1, <1>1 DEF D, <1>2
<1>4. PICK j \in Nat : j = k
  BY k
<1>5. TAKE t \in Nat
<1>6. HIDE <1>1 DEF Sq
<1>7. USE <1>1, <1>3, j, t, Sq(j) = Sq(k), Main, Both
<1> QED
  <+> Sq(k) \in Nat
    BY <1>1 DEF Sq
  <*> QED
    BY Both, <1>1
====
