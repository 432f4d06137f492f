\* cairn: command=check exit=10
\* cairn: stderr~=NotRecordInRecordSet\.tla:11:8: error: Attempted to check if non-record
\* SetOfRcdsValue.member converts the element with toRcd: a record with other fields is just
\* not a member, the empty tuple converts (to the empty record), but a non-empty tuple cannot:
\* an error. The same for a set of functions (SetOfFcnsValue.member, toFcnRcd) and a non-function.
---- MODULE NotRecordInRecordSet ----
EXTENDS Naturals
ASSUME ([a |-> 1] \in [b : Nat]) = FALSE
ASSUME (<<>> \in [a : Nat]) = FALSE
ASSUME (<<1>> \in [{1} -> Nat]) = TRUE
ASSUME <<1>> \in [a : Nat]
====
