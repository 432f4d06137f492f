\* cairn: command=check exit=10 result="assumption failure"
\* cairn: stderr~=SubsetNonSetElement\.tla:8:8: error:
\* cairn: stderr~=Attempted to check if the value:\n1\nis an element of the boolean TRUE
\* {1} \in SUBSET TRUE asks 1 \in TRUE: an error in TLC (BoolValue.member: "... the value:
\* 1 is an element of the boolean TRUE") while evaluating the ASSUME (exit 10).
---- MODULE SubsetNonSetElement ----
EXTENDS Integers
ASSUME {1} \in SUBSET TRUE
====
