\* cairn: exit=0 result="success" distinct=6 depth=6 generated=6 left=1
\* cairn: stdout~=^6 states generated, 6 distinct states found, 1 states left on queue\.$
\* TLCSet("exit", TRUE) stops TLC's search (TLCGetSet -> ModelChecker.stop: the state
\* queue is finished): the worker completes the state it is expanding, then takes no
\* other; the run ends as a success with what is still queued. x = 4's expansion asks to
\* exit: its successor x = 5 is generated and queued (6 states, depth 6, 1 left) and the
\* deadlock at x = 10 is never reached.
---- MODULE TlcSetExit ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x < 10 /\ x' = x + 1 /\ (x = 4 => TLCSet("exit", TRUE))
====
