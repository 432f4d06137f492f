\* cairn: command=check exit=12 distinct=1 trace_length=1 violation=Never
\* Never is constant by SANY's level (a LET has its body's level), but TLC pre-evaluates only
\* definitions whose getLevelBound is 0, and that bound counts every LET definition, used
\* or not: `u == x` makes it 1. So Never stays an operator and is checked as an invariant,
\* FALSE on the initial state (exit 12), not rejected in the cfg as equal to FALSE (151).
---- MODULE LevelBoundUnusedLet ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = 1 - x
Never == LET u == x IN 1 = 2
====
