\* cairn: command=parse exit=150
\* cairn: stderr~=NameLetShadow\.tla:8:10: error: Operator G already defined or declared\.
\* A LET definition may not reuse a visible name (SANY); a sibling LET elsewhere may
\* reuse the name of another LET (Ok): those are not visible from each other.
---- MODULE NameLetShadow ----
Ok == (LET A == 1 IN A) + (LET A == 2 IN A)
G == 1
F == LET G == 2 IN G
====
