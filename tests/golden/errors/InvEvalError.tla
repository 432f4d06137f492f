\* cairn: command=check exit=76 result="error" distinct=4 depth=4 generated=4
\* cairn: stderr~=InvEvalError\.tla:9:8: error:
\* x runs 0, 1, 2, "a"; Inv compares "a" < 5: an error while evaluating an invariant (TLC exit 76, 4/4/0, depth 4).
---- MODULE InvEvalError ----
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == x' = IF x < 2 THEN x + 1 ELSE "a"
Inv == x < 5
====
