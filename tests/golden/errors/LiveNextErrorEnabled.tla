\* cairn: command=check exit=75 result="error"
\* cairn: stderr~=LiveNextErrorEnabled\.tla:\d+:\d+: error:
\* x + "a" on x = 2 fails in B while a temporal PROPERTY is checked. TLC labels the state
\* for liveness after its next-state relation failed; the only fair action is A, whose
\* ENABLED <<A>>_x stops at A's first step (x < 5) and never evaluates B, so the labelling
\* does not fail again and TLC replays the error as a nested expression: exit 75 (in
\* LiveNextError the fair action is Next itself, which fails again: 255).
---- MODULE LiveNextErrorEnabled ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
A == x < 5 /\ x' = x + 1
B == x' = IF x = 2 THEN x + "a" ELSE x
Next == A \/ B
Spec == Init /\ [][Next]_x /\ WF_x(A)
Live == <>(x = 10)
====
