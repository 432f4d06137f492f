\* cairn: command=parse exit=150
\* cairn: stderr~=LevelInstHelper\.tla:5:8: error: Level error in applying operator \\in: the level of argument 1 exceeds
\* The instantiated module assumes C \in {1, 2}: substituting the temporal formula [](x = 0)
\* for C makes an element of \in temporal, a level error in the instance's ASSUME (SANY
\* reports it at the INSTANCE: test213). Substituting x' (I1) is fine.
---- MODULE LevelAssumeConstant ----
VARIABLE x
I1 == INSTANCE LevelInstHelper WITH C <- x', y <- x
I2 == INSTANCE LevelInstHelper WITH C <- [](x = 0), y <- x
====
