\* cairn: command=simulate args="--seed 1 --num 5" exit=13 result="liveness failure" trace_length=3 violation=EventuallyAlwaysZero
\* cairn: stdout~=^Back to state 1: <Next line
\* cairn: same_stdout="--workers 2"
\* Every behaviour is 0, 1, 0, 1, ...: its graph is the cycle 0 -> 1 -> 0 (a state that
\* comes back closes a cycle), fair for WF_x(Next) since Next is taken on it, and x = 1
\* on it infinitely often: <>[](x = 0) is violated by the first behaviour, with the lasso
\* x = 0, x = 1, back to state 1 (3 trace entries). InfinitelyOne holds on it.
\* (TLC's simulation misses this one: its LiveCheck1 labels a new node of the behaviour
\* graph with its predecessor's state predicates, so x = 1 is never seen.)
---- MODULE SimLiveCycle ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = 1 - x
Spec == Init /\ [][Next]_x /\ WF_x(Next)
InfinitelyOne == []<>(x = 1)
EventuallyAlwaysZero == <>[](x = 0)
====
