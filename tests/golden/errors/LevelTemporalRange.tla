\* cairn: command=parse exit=150
\* cairn: stderr~=LevelTemporalRange\.tla:7:6: error: Level error in applying operator \$BoundedExists: the level of the range for the bounded variable i exceeds
\* The bound of a quantifier is a set: at most an action, never a temporal formula.
---- MODULE LevelTemporalRange ----
VARIABLE x
TT == []x
H == \E i \in TT : TRUE
====
