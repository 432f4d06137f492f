\* cairn: command=check exit=75 result="error" distinct=3 depth=3 generated=3 left=0
\* cairn: stderr~=NextChooseNone\.tla:9:14: error:
\* cairn: stderr~=CHOOSE
\* x runs 0, 1, 3; at x = 3 no y \in 0..5 exceeds 6: CHOOSE without a witness is an error (exit 75).
---- MODULE NextChooseNone ----
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == x' = CHOOSE y \in 0..5 : y > 2 * x
====
