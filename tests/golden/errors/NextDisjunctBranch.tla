\* cairn: command=check exit=75 result="error" distinct=2 depth=2 generated=2 left=1
\* cairn: stderr~=NextDisjunctBranch\.tla:11:33: error:
\* cairn: stderr~=equality of integer 0 with
\* Inside an action TLC enumerates both disjuncts of (x < 2 \/ x = "a") (Tool.getNextStates, OPCODE_lor): no
\* short-circuit, so already at x = 0 the first branch yields x' = 1 (G=2, D=2, queued) and the second
\* compares 0 with "a": error, exit 75.
---- MODULE NextDisjunctBranch ----
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == x' = x + 1 /\ (x < 2 \/ x = "a")
====
