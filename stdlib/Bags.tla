------------------------------- MODULE Bags --------------------------------
(* Bags (multisets) as functions from elements to positive counts.         *)
(* cairn evaluates the operators TLC implements in Java natively.          *)
EXTENDS TLC
LOCAL INSTANCE Naturals

IsABag(B) == B \in [DOMAIN B -> {n \in Nat : n > 0}]

BagToSet(B) == DOMAIN B

SetToBag(S) == [e \in S |-> 1]

BagIn(e, B) == e \in BagToSet(B)

EmptyBag == SetToBag({})

B1 (+) B2 ==
  [e \in (DOMAIN B1) \cup (DOMAIN B2) |->
     (IF e \in DOMAIN B1 THEN B1[e] ELSE 0) + (IF e \in DOMAIN B2 THEN B2[e] ELSE 0)]

B1 (-) B2 ==
  LET Diff == [e \in DOMAIN B1 |-> IF e \in DOMAIN B2 THEN B1[e] - B2[e] ELSE B1[e]]
  IN  [e \in {d \in DOMAIN Diff : Diff[d] > 0} |-> Diff[e]]

LOCAL Total(f) ==
  LET Acc[S \in SUBSET DOMAIN f] ==
        IF S = {} THEN 0
        ELSE LET x == CHOOSE y \in S : TRUE IN f[x] + Acc[S \ {x}]
  IN  Acc[DOMAIN f]

BagUnion(S) ==
  [e \in UNION {BagToSet(B) : B \in S} |->
     Total([B \in S |-> IF BagIn(e, B) THEN B[e] ELSE 0])]

B1 \sqsubseteq B2 ==
  /\ (DOMAIN B1) \subseteq (DOMAIN B2)
  /\ \A e \in DOMAIN B1 : B1[e] \leq B2[e]

SubBag(B) ==
  LET Smaller(SB) == \A e \in DOMAIN SB : SB[e] \leq B[e]
      Counts      == UNION {1 .. B[d] : d \in DOMAIN B}
  IN  {SB \in UNION {[D -> Counts] : D \in SUBSET DOMAIN B} : Smaller(SB)}

BagOfAll(F(_), B) ==
  [e \in {F(d) : d \in BagToSet(B)} |->
     Total([d \in BagToSet(B) |-> IF F(d) = e THEN B[d] ELSE 0])]

BagCardinality(B) == Total(B)

CopiesIn(e, B) == IF BagIn(e, B) THEN B[e] ELSE 0
=============================================================================
