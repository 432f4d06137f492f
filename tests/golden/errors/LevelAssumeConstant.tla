\* cairn: command=parse exit=150
\* cairn: stderr~=LevelConstHelper\.tla:4:8: error: Level error in applying operator \\in: the level of argument 1 exceeds
\* The constant module assumes C \in {1, 2}: substituting the temporal formula [](x = 0)
\* for C makes an element of \in temporal, a level error in the instance's ASSUME (SANY
\* reports it at the INSTANCE: test213). Substituting x' (I1) is fine: a constant module
\* may be instantiated with expressions of any level its text allows.
---- MODULE LevelAssumeConstant ----
VARIABLE x
I1 == INSTANCE LevelConstHelper WITH C <- x'
I2 == INSTANCE LevelConstHelper WITH C <- [](x = 0)
====
