\* cairn: command=parse exit=150
\* cairn: stderr~=InstanceVariableLevel\.tla:8:1: error: Level error in instantiating module 'LevelInstHelper': the level of the expression or operator substituted for 'y' must be at most 1\.
\* A VARIABLE of an instantiated module is replaced by an expression of at most state
\* level: x' is an action.
---- MODULE InstanceVariableLevel ----
VARIABLE x
I1 == INSTANCE LevelInstHelper WITH C <- 1, y <- <<x, x>>
I2 == INSTANCE LevelInstHelper WITH C <- 1, y <- x'
====
