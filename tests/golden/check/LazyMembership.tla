\* cairn: command=check exit=0 result="success" distinct=0 depth=0 generated=0
\* cairn: stderr!~error
\* Membership in a lazy set never builds it (checker/LAZY_VALUES.md). Each ASSUME holds under
\* TLC; building any of these sets is either impossible (2^40 subsets, Nat) or evaluates a
\* predicate on an element that is not a member (the f[2] of <<>> below is an error).
---- MODULE LazyMembership ----
EXTENDS Integers, FiniteSets, Sequences, TLC
CONSTANT MV
\* {x \in S : P} over a non-enumerated S is  x \in S /\ P(x)  (SetPredValue.member).
ASSUME {3} \in {s \in SUBSET (1..40) : Cardinality(s) = 1}
ASSUME {3, 4} \notin {s \in SUBSET (1..40) : Cardinality(s) = 1}
ASSUME 6 \in {x \in Nat : x % 2 = 0} /\ -2 \notin {x \in Nat : x % 2 = 0}
ASSUME [a |-> 1] \in {r \in [a : Nat] : r.a > 0}
\* UNION asks its members (UnionValue.member): the filter is only asked about <<1, 2>>.
ASSUME <<1, 2>> \in {f \in UNION {[S -> {1, 2}] : S \in SUBSET {1, 2}} : f[2] = 2}
ASSUME (1 :> 5) \in UNION {[{1} -> Int \cup {MV}]}
ASSUME 7 \in UNION {Nat} /\ -1 \notin UNION {Nat}
\* SUBSET, function, record and tuple sets, sequences.
ASSUME {1, 2} \in SUBSET Nat /\ {} \in SUBSET Nat /\ {-1} \notin SUBSET Nat
ASSUME [i \in 1..3 |-> i] \in [1..3 -> Nat] /\ <<1, -1>> \notin [1..2 -> Nat]
ASSUME [a |-> 1, b |-> "x"] \in [a : Nat, b : STRING]
ASSUME <<1, -1, "s">> \in Nat \X Int \X STRING
ASSUME <<1, 2, 3>> \in Seq(Nat) /\ <<>> \in Seq(Nat)
\* \cup, \cap, \ of lazy sets ask their operands; a model value is in {MV} \cup Nat.
ASSUME 2 \in {x \in Nat : x % 2 = 0} \cap {x \in Nat : x < 5}
ASSUME 6 \notin {x \in Nat : x % 2 = 0} \cap {x \in Nat : x < 5}
ASSUME 3 \in Nat \ {x \in Nat : x % 2 = 0}
ASSUME MV \in Nat \cup {MV} /\ MV \in {MV} \cup [a : Nat]
\* Equality of two SUBSETs / function sets compares their operands (SubsetValue.equals,
\* SetOfFcnsValue.equals): no enumeration of Nat.
ASSUME SUBSET {1, 2} = SUBSET {2, 1}
ASSUME [{1} -> Nat] = [{1} -> Nat] /\ [{1} -> Nat] # [{2} -> Nat]
\* Sizes from the operands (SetOfFcnsValue.size, SubsetValue.size), not from an enumeration.
ASSUME Cardinality([1..2 -> 1..3]) = 9 /\ Cardinality(SUBSET (1..20)) = 1048576
====
