\* cairn: command=simulate args="--seed 5" exit=12 violation=Inv trace_length=4
\* As TLC, the invariants hold on every generated successor, also one outside the
\* CONSTRAINT: x = 3 (the 4th state) violates Inv though it is never walked to.
---- MODULE SimConstraintInv ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1
Inv == x # 3
InModel == x < 3
====
