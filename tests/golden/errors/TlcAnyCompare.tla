\* cairn: command=check exit=10
\* cairn: stderr~=TlcAnyCompare\.tla:8:8: error: Attempted to compare ANY with the value\n\{1\}
\* AnySet.compareTo always throws: Any equals nothing, so the ASSUME fails with exit 10.
---- MODULE TlcAnyCompare ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
ASSUME Any = {1}
Next == UNCHANGED x
====
