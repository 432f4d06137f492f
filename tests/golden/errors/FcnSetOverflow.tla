\* cairn: command=check exit=10 result="assumption failure"
\* cairn: stderr~=FcnSetOverflow\.tla:9:8: error: Overflow when computing the number of elements in
\* SetOfFcnsValue.size: 2000^3 functions exceed TLC's 32-bit sizes, an error (not an
\* enumeration of 8e9 functions) while evaluating the ASSUME (exit 10).
---- MODULE FcnSetOverflow ----
EXTENDS Naturals, FiniteSets
\* (line 7 and 8 are comments so that the ASSUME is on line 9)
\*
ASSUME Cardinality([0..2 -> 1..2000]) > 0
====
