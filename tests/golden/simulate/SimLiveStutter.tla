\* cairn: command=simulate args="--seed 1 --num 5" exit=13 result="liveness failure" trace_length=3 violation=Reach
\* cairn: stdout~=^State 4: Stuttering$
\* Without fairness a behaviour may stop anywhere: the walk 0, 1, 2, 3 may stutter at
\* any of its states, where x = 3 has not happened yet. The lasso reported is the one
\* `cairn check` reports on the same graph (and TLC's simulation on this behaviour):
\* 0, 1, 2, then stuttering (3 states: "State 4: Stuttering" repeats the last).
---- MODULE SimLiveStutter ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Spec == Init /\ [][Next]_x
Reach == <>(x = 3)
====
