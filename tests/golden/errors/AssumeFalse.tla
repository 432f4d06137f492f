\* cairn: command=check exit=10 result="assumption failure"
\* cairn: stderr~=AssumeFalse\.tla:7:8: error:
\* cairn: stderr~=Assumption line 7, col 8 to line 7, col 12 .*is false
\* TLC: "Assumption line 7, col 8 to line 7, col 12 of module AssumeFalse is false." (exit 10).
---- MODULE AssumeFalse ----
EXTENDS Integers, Sequences, TLC
ASSUME 1 > 2
====
