\* cairn: command=check exit=0 result="success" distinct=1 depth=1 generated=2
\* The standard modules beyond the core five (Bags, TLCExt, Randomization, Reals) and
\* TLCGet("config"): every ASSUME holds, as under TLC.
---- MODULE StdlibAssumes ----
EXTENDS Naturals, Sequences, FiniteSets, TLC, Bags, TLCExt, Randomization

VARIABLE x

B1 == (1 :> 2) @@ (2 :> 1)
B2 == (2 :> 3) @@ (3 :> 1)

\* Bags
ASSUME IsABag(B1) /\ IsABag(EmptyBag) /\ ~IsABag(<<0>>) /\ ~IsABag(<<"a">>)
ASSUME BagToSet(B1) = {1, 2} /\ SetToBag({"a", "b"}) = [a |-> 1, b |-> 1]
ASSUME BagIn(1, B1) /\ ~BagIn(3, B1) /\ CopiesIn(1, B1) = 2 /\ CopiesIn(7, B1) = 0
ASSUME B1 (+) B2 = (1 :> 2) @@ (2 :> 4) @@ (3 :> 1)
ASSUME B2 (-) B1 = (2 :> 2) @@ (3 :> 1)
ASSUME B1 (-) B1 = EmptyBag
ASSUME BagUnion({B1, B2, EmptyBag}) = B1 (+) B2
ASSUME BagUnion({B1, B1}) = B1
ASSUME B1 \sqsubseteq (B1 (+) B2) /\ ~(B2 \sqsubseteq B1)
ASSUME BagCardinality(B1) = 3 /\ BagCardinality(EmptyBag) = 0
ASSUME BagOfAll(LAMBDA e : e % 2, B1 (+) B2) = (0 :> 4) @@ (1 :> 3)
ASSUME SubBag(1 :> 2) = {EmptyBag, 1 :> 1, 1 :> 2}
ASSUME Cardinality(SubBag(B1)) = 6

\* TLCExt
ASSUME TLCNoOp(42) = 42
ASSUME TLCCache(1 + 2, {}) = 3
ASSUME TLCDefer(1) = TRUE
ASSUME AssertEq(<<1, 2>>, <<1, 2>>)
ASSUME TLCGetOrDefault(3, "none") = "none"

\* Randomization: the values are random, their shape is not.
ASSUME \A i \in 1..10 : LET S == RandomSubset(2, 1..5) IN Cardinality(S) = 2 /\ S \subseteq 1..5
ASSUME RandomSubset(0, {1, 2}) = {} /\ RandomSubset(2, {1, 2}) = {1, 2}
ASSUME LET T == RandomSetOfSubsets(3, 2, 1..4) IN Cardinality(T) <= 3 /\ T \subseteq SUBSET (1..4)
ASSUME RandomSetOfSubsets(2, 3, 1..3) = {1..3}
ASSUME RandomSubsetSet(4, "0.0", {1, 2}) = {{}}
ASSUME \A i \in DOMAIN TestRandomSetOfSubsets(2, 1, 1..3) : TestRandomSetOfSubsets(2, 1, 1..3)[i] \in 1..2

\* TLCGet
ASSUME TLCGet("level") = 0
ASSUME LET cfg == TLCGet("config") IN
         /\ cfg.mode = "bfs"
         /\ cfg.worker = 1
         /\ cfg.deadlock \in BOOLEAN
         /\ DOMAIN cfg = {"mode", "deadlock", "worker", "seed", "fingerprint", "install"}

Init == x = 0
Next == UNCHANGED x
====
