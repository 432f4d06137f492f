\* cairn: command=tlc args="-tool" exit=13 tool_stdout=ToolLasso.tool
\* The expected framed output is TLC's own `tlc -tool` output for this model (times normalised).
\* <>(x = 5) never holds on the fair cycle 1 -> 2 -> 1: 2116 and 2264, the states, and "2: Back to state" (2122).
\* Left out (TLC sends them, cairn does not): 2212 (the tableau's branches) and the progress line before 2192.
---- MODULE ToolLasso ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Up == x < 2 /\ x' = x + 1
Back == x = 2 /\ x' = 1
Spec == Init /\ [][Up \/ Back]_x /\ WF_x(Up \/ Back)
Reach == <>(x = 5)
====
