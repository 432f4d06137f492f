\* cairn: command=check exit=12 distinct=1 trace_length=1 violation=Never
\* K ignores its parameter, so SANY gives K(x) constant level; TLC's getLevelBound counts
\* every argument of an operator application, so Never (= K(x)) has bound 1, is not
\* pre-evaluated, and is checked as an invariant: FALSE on the initial state (exit 12).
---- MODULE LevelBoundUnusedArg ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = 1 - x
K(a) == FALSE
Never == K(x)
====
