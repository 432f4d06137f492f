\* cairn: command=check exit=0 result="success" distinct=0 depth=0 generated=0
\* cairn: stderr!~error
\* Every spelling of SANY's operator table names one operator (tla2sany/parser/Operators.java
\* OperatorSynonyms; tla+.jj: EXISTS is `\E | \exists | ∃`, FORALL `\A | \forall | ∀`):
\* each ASSUME compares the synonyms of one operator, or uses a synonym of the operator
\* a module defines. All hold under TLC.
---- MODULE Spellings ----
EXTENDS Naturals, Sequences, Bags

ASSUME \exists i \in {1, 2} : i = 2
ASSUME \forall i \in {1, 2} : i > 0
ASSUME ~ \exists i \in {} : TRUE
ASSUME (\E i \in {1} : TRUE) /\ (∃ i \in {1} : TRUE) /\ (∀ i \in {1} : TRUE)
ASSUME (TRUE \land TRUE) /\ (TRUE ∧ TRUE) /\ ~(TRUE \land FALSE)
ASSUME (FALSE \lor TRUE) /\ (FALSE ∨ TRUE) /\ ~(FALSE \lor FALSE)
ASSUME \lnot FALSE /\ \neg FALSE /\ ~FALSE /\ ¬FALSE
ASSUME (TRUE \equiv TRUE) /\ (FALSE <=> FALSE) /\ (TRUE ≡ TRUE) /\ ~(TRUE \equiv FALSE)
ASSUME (FALSE => FALSE) /\ (FALSE ⇒ TRUE)
ASSUME 1 # 2 /\ 1 /= 2 /\ 1 ≠ 2 /\ ~(1 # 1)
ASSUME 1 =< 1 /\ 1 <= 2 /\ 1 \leq 2 /\ 1 ≤ 1 /\ ~(2 \leq 1)
ASSUME 2 >= 1 /\ 2 \geq 2 /\ 2 ≥ 1 /\ ~(1 \geq 2)
ASSUME 1 \in {1} /\ 1 ∈ {1} /\ 2 \notin {1} /\ 2 ∉ {1}
ASSUME {1} \subseteq {1, 2} /\ {1} ⊆ {1, 2} /\ ~({3} \subseteq {1})
ASSUME {1} \union {2} = {1, 2} /\ {1} \cup {2} = {1, 2} /\ {1} ∪ {2} = {1, 2}
ASSUME {1, 2} \intersect {2} = {2} /\ {1, 2} \cap {2} = {2} /\ {1, 2} ∩ {2} = {2}
ASSUME {1} \times {2} = {<<1, 2>>} /\ {1} \X {2} = {<<1, 2>>} /\ {1} × {2} = {<<1, 2>>}
ASSUME <<1>> \o <<2>> = <<1, 2>> /\ <<1>> \circ <<2>> = <<1, 2>> /\ <<1>> ∘ <<2>> = <<1, 2>>
\* Bags defines (+) and (-); \oplus, \ominus, ⊕ and ⊖ are the same operators
ASSUME SetToBag({1}) (+) SetToBag({1}) = (1 :> 2)
ASSUME SetToBag({1}) \oplus SetToBag({1}) = (1 :> 2) /\ SetToBag({1}) ⊕ SetToBag({1}) = (1 :> 2)
ASSUME (1 :> 2) \ominus SetToBag({1}) = SetToBag({1}) /\ (1 :> 2) (-) SetToBag({1}) = SetToBag({1})
\* a module's definition under one spelling answers to all of them
a (.) b == a * 10 + b
a \oslash b == a * 100 + b
a (\X) b == a * 1000 + b
ASSUME 1 \odot 2 = 12 /\ 1 (.) 2 = 12 /\ 1 ⊙ 2 = 12
ASSUME 1 (/) 2 = 102 /\ 1 \oslash 2 = 102 /\ 1 ⊘ 2 = 102
ASSUME 1 \otimes 2 = 1002 /\ 1 (\X) 2 = 1002 /\ 1 ⊗ 2 = 1002
====
