\* cairn: command=parse exit=150
\* cairn: stderr~=LevelAssumeVariable\.tla:9:1: error: Level error: assumptions must be level 0 \(Constant\), but this one has level 1\.
\* SANY (ModuleNode.levelCheck): an ASSUME is constant level; through the operator F,
\* `F(x) = C` has the level of the variable x (1).
---- MODULE LevelAssumeVariable ----
VARIABLE x
CONSTANT C
F(a) == a
ASSUME F(x) = C
====
