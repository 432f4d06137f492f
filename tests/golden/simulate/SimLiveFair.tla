\* cairn: command=simulate args="--seed 1 --num 20 --depth 10" exit=0
\* cairn: stdout~=^Simulation completed\. No error has been found\.$
\* Two properties that every finite behaviour passes as TLC's simulation reads them:
\* - Reach: with WF_x(Next) a behaviour may stop only where Next is disabled, at y = 3,
\*   and y = 3 then holds;
\* - Far: x grows without bound and each behaviour is cut at --depth 10 (x = 9 at most),
\*   but it may not stutter at its last state either, where Next is still enabled: no
\*   fair lasso exists in the behaviour's graph, so <>(x = 100) is not violated.
---- MODULE SimLiveFair ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == x' = x + 1 /\ y' = IF y < 3 THEN y + 1 ELSE y
Spec == Init /\ [][Next]_<<x, y>> /\ WF_<<x, y>>(Next)
Reach == <>(y = 3)
Far == <>(x = 100)
====
