\* cairn: command=parse exit=150
\* cairn: stderr~=LevelEnabledTemporal\.tla:6:6: error: Level error in applying operator ENABLED: the level of argument 1 exceeds
\* ENABLED takes an action (maximum level 2); []x is a temporal formula (level 3).
---- MODULE LevelEnabledTemporal ----
VARIABLE x
B == ENABLED []x
====
