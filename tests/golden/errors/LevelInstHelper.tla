---- MODULE LevelInstHelper ----
\* Helper for LevelInstanceArgument (not a test itself).
CONSTANT C
VARIABLE y
ASSUME C \in {1, 2}
Step == y' = y
====
