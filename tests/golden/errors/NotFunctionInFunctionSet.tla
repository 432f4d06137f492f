\* cairn: command=check exit=10
\* cairn: stderr~=NotFunctionInFunctionSet\.tla:6:8: error: Attempted to check if
\* SetOfFcnsValue.member: an element toFcnRcd cannot convert (an integer) is an error, not FALSE.
---- MODULE NotFunctionInFunctionSet ----
EXTENDS Naturals
ASSUME 3 \in [{1} -> Nat]
====
