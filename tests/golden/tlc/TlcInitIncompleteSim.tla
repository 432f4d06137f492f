\* cairn: command=tlc args="-simulate" file=TlcInitIncomplete.tla exit=255
\* TLC's text for this model (tlc -simulate): the simulator's words for the incomplete
\* initial state, and no statistics.
\* cairn: stdout~=^Error: State is not completely specified by the initial predicate:\n/\\ x = 1\n/\\ y = null\n\nFinished in
\* cairn: stdout!~states generated
---- MODULE TlcInitIncompleteSim ----
====
