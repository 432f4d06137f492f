\* cairn: command=check exit=10 result="assumption failure"
\* cairn: stderr~=AssumeCrossKind\.tla:7:8: error:
\* cairn: stderr~=equality of integer 1 with
\* TLC: "Attempted to check equality of integer 1 with non-integer" while evaluating the ASSUME (exit 10).
---- MODULE AssumeCrossKind ----
EXTENDS Integers, Sequences, TLC
ASSUME 1 = "a"
====
