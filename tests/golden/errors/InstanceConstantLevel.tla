\* cairn: command=parse exit=150
\* cairn: stderr~=InstanceConstantLevel\.tla:10:1: error: Level error in instantiating module 'LevelInstHelper': the level of the expression or operator substituted for 'C' must be at most 0\.
\* LevelInstHelper declares a VARIABLE, so it is not a constant module: its CONSTANT C must
\* be replaced by a constant expression (SANY InstanceNode.levelCheck). C <- 1 (I1) is fine,
\* C <- x is a state-level expression.
---- MODULE InstanceConstantLevel ----
EXTENDS Naturals
VARIABLE x
I1 == INSTANCE LevelInstHelper WITH C <- 1, y <- x
I2 == INSTANCE LevelInstHelper WITH C <- x + 1, y <- x
====
