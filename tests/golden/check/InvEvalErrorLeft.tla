\* cairn: command=check exit=76 result="error" distinct=4 depth=4 generated=4 left=0
\* cairn: stderr~=InvEvalErrorLeft\.tla:10:8: error:
\* TLC (Worker.addElement): a successor whose invariant check throws is in the seen set (D=4) but is
\* never enqueued, and x = 2 was already dequeued: 4/4/0 (notes §13 ex2). cairn reports 1 left.
---- MODULE InvEvalErrorLeft ----
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == x' = IF x < 2 THEN x + 1 ELSE "a"
Inv == x < 5
====
