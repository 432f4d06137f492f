---- MODULE HtmlLasso ----
\* For html_test.py: x cycles 0 -> 1 -> 2 -> 0 under weak fairness while y stays 0, so
\* <>(y = 1) fails on the lasso of states 1, 2, 3, back to state 1 (TLC prints
\* "Back to state 1"). The graph: 3 states, 3 edges.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == x' = (x + 1) % 3 /\ UNCHANGED y
Spec == Init /\ [][Next]_<<x, y>> /\ WF_<<x, y>>(Next)
Prop == <>(y = 1)
====
