\* cairn: command=tlc exit=255
\* TLC's text for this model (tlc -workers 1): Init leaves y unset in its first state, so
\* "Error: current state is not a legal state", the state with y = null, and no statistics
\* (cairn adds its located message on stderr).
\* cairn: stdout~=^Error: current state is not a legal state\nWhile working on the initial state:\n/\\ x = 1\n/\\ y = null\n\nFinished in
\* cairn: stdout!~states generated
\* cairn: stderr~=TlcInitIncomplete\.cfg:1:6: error: The initial predicate does not specify the value of variable y\.
---- MODULE TlcInitIncomplete ----
EXTENDS Naturals
VARIABLES x, y
Init == x \in 1..3 /\ (x > 1 => y = 0)
Next == x' = x /\ y' = 1
====
