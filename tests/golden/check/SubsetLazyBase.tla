\* cairn: command=check exit=0 result="success" distinct=1 depth=1
\* cairn: stderr!~error
\* SUBSET does not look at its operand until the set is used (TLC's SubsetValue): a
\* sequence of no elements is in Seq(SUBSET TRUE) without TRUE being asked anything, and
\* {} is in SUBSET TRUE (no element to check). When it is enumerated, TLC asks the base's
\* size first: a base of size 0 that is not a set (<<>>) enumerates as SUBSET {} = {{}}
\* (SubsetValue.elementsNormalized), so UNION {SUBSET <<>>, {{1}}} is {{}, {1}}.
---- MODULE SubsetLazyBase ----
EXTENDS Integers, Sequences, FiniteSets, TLC

VARIABLE x

ASSUME <<>> \in Seq(SUBSET TRUE)
ASSUME {} \in SUBSET TRUE
ASSUME SUBSET TRUE = SUBSET TRUE
ASSUME Cardinality(SUBSET <<>>) = 1
ASSUME SUBSET <<>> = {{}}
ASSUME UNION {SUBSET <<>>, {{1}}} = {{}, {1}}

Init == x = 0
Next == UNCHANGED x
====
