\* cairn: command=parse exit=150
\* cairn: stderr~=ParseSyntaxError\.tla:7:18: error:
\* `cairn parse` reports the same located error.
---- MODULE ParseSyntaxError ----
EXTENDS Naturals
VARIABLE x
Init == x = 0 /\ )
====
