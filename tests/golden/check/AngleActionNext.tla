\* cairn: command=check exit=0 result="success" distinct=2 depth=2 generated=5
\* <<A>>_v and [A]_v as actions of Next: <<A>>_x keeps only A's successors that change x,
\* so the second disjunct (which keeps x) gives none and y never changes; [FALSE]_<<x, y>>
\* is a stuttering step. States (0,0) and (1,0); 1 initial + 2 successors from each = 5.
---- MODULE AngleActionNext ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ <<x' = 1 - x /\ y' = y>>_x
        \/ <<x' = x /\ y' = 1 - y>>_x
        \/ [FALSE]_<<x, y>>
====
