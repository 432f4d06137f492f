\* cairn: command=parse exit=150
\* cairn: stderr~=LevelSetOfTemporal\.tla:6:6: error: Level error in applying operator \$SetEnumerate: the level of argument 2 exceeds
\* A temporal formula is not a value: the elements of a set enumeration have maximum level 2.
---- MODULE LevelSetOfTemporal ----
VARIABLE x
C == {x, []x}
====
