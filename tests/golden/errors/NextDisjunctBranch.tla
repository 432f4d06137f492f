\* cairn: command=check exit=75 result="error" distinct=3 depth=3 generated=3 left=0 trace_length=3
\* cairn: stderr~=NextDisjunctBranch\.tla:12:33: error:
\* cairn: stderr~=equality of integer 2 with
\* Once x' is bound, TLC evaluates the remaining conjuncts as plain booleans (Tool.getNextStates0
\* takes getNextStatesAllAssigned when s1.allAssigned(), TLCGlobals.warn being on by default), so
\* (x < 2 \/ x = "a") short-circuits: x = 0 and x = 1 step on (G=3, D=3) and only at x = 2 the
\* second disjunct compares 2 with "a": error, exit 75, trace x = 0, 1, 2.
---- MODULE NextDisjunctBranch ----
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == x' = x + 1 /\ (x < 2 \/ x = "a")
====
