\* cairn: command=parse exit=150
\* cairn: stderr~=NameRecursiveUndefined\.tla:6:11: error: Symbol F declared in RECURSIVE statement but not defined\.
\* A RECURSIVE declaration needs a definition at the same level (SANY).
---- MODULE NameRecursiveUndefined ----
EXTENDS Naturals
RECURSIVE F(_), G(_)
G(n) == IF n = 0 THEN 0 ELSE G(n - 1)
====
