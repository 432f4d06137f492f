\* cairn: command=check exit=0 result="success" distinct=4 depth=4 generated=4
\* cairn: args=--no-deadlock
\* In an action PROPERTY too, TLCGet("level") is the step's first state's level (TLC's
\* implied actions are evaluated with s0 = the current state). TLC: success, 4 distinct.
---- MODULE ActionPropertyLevel ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
\* The state of level L has x = L - 1; a step's TLCGet("level") is its first state's.
StepProp == [][TLCGet("level") = x + 1 /\ TLCGet("level") # x' + 1]_x
====
