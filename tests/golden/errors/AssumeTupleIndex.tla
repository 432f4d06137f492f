\* cairn: command=check exit=10 result="assumption failure"
\* cairn: stderr~=AssumeTupleIndex\.tla:7:8: error:
\* cairn: stderr~=index 3 of tuple
\* TLC: "Attempted to access index 3 of tuple <<1, 2>> which is out of bounds." (exit 10).
---- MODULE AssumeTupleIndex ----
EXTENDS Integers, Sequences, TLC
ASSUME <<1, 2>>[3] = 1
====
