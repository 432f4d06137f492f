\* cairn: command=check exit=10 result="assumption failure"
\* cairn: stderr~=CardinalityOverflow\.tla:9:8: error: Overflow when computing the number of elements in:
\* cairn: stderr~=\[0\.\.2 -> 1\.\.2000\]
\* [0..2 -> 1..2000] has 2000^3 = 8*10^9 elements, more than TLC's int can count
\* (SetOfFcnsValue.size): an overflow error at once, not an enumeration of the set. Exit 10.
---- MODULE CardinalityOverflow ----
EXTENDS Naturals, FiniteSets
ASSUME Cardinality([0..1 -> 1..2000]) = 4000000
ASSUME Cardinality([0..2 -> 1..2000]) > 0
====
