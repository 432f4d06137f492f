\* cairn: command=check exit=0 result="success" distinct=4 depth=4 generated=5
\* cairn: args=--no-deadlock
\* TLCGet("level") is the level of the step's first state in an ACTION_CONSTRAINT (TLC's
\* TLCGetSet: s0's level, and isInActions(curState, succState) has s0 = the current
\* state), and the new state's level in a CONSTRAINT (isInModel(succState)). TLC: 5
\* generated, 4 distinct, depth 4. (Giving the action constraint the new state's level
\* leaves the initial state alone: 1 distinct; trace-validation specs, which index their
\* log with TLCGet("level") in an ACTION_CONSTRAINT, then stop one line short.)
---- MODULE ActionConstraintLevel ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = x + 1
\* The state of level L has x = L - 1.
StepLevel == TLCGet("level") = x + 1 /\ TLCGet("level") < 4
StateLevel == TLCGet("level") = x + 1
StepProp == [][TLCGet("level") = x + 1]_x
====
