\* cairn: command=parse exit=150
\* cairn: stderr~=LevelPrimeOfAction\.tla:7:\d+: error: Level error in applying operator ': the level of argument 1 exceeds
\* x' is an action (level 2); a prime applies to state-level expressions only (SANY: the
\* argument of ' has maximum level 1), so (x')' is a level error: exit 150.
---- MODULE LevelPrimeOfAction ----
VARIABLE x
A == (x')' = x
====
