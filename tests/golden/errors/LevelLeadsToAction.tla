\* cairn: command=parse exit=150
\* cairn: stderr~=LevelLeadsToAction\.tla:7:6: error: Action used where only temporal formula or state predicate allowed\.
\* ~> (and -+->) take state predicates or temporal formulas, not actions; line 6 is fine.
---- MODULE LevelLeadsToAction ----
VARIABLE x
Ok == x ~> []x
E == []x ~> x'
====
