\* cairn: command=check exit=0 result="success" distinct=1
\* cairn: stdout~=^ANY$
\* cairn: stdout~=^\{ANY\}$
\* cairn: stderr!~error
\* TLC's Any (tlc2.module.AnySet) holds every value: integers, tuples, strings, model
\* values, sets; it is not a finite set and prints as ANY (not STRING, which holds only
\* strings: `1 \in STRING` is an error).
---- MODULE TlcAny ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT m
VARIABLE x
ASSUME 1 \in Any /\ <<1, "a">> \in Any /\ "s" \in Any /\ m \in Any /\ {1} \in Any
ASSUME {1, 2} \subseteq Any /\ ~(1 \notin Any) /\ ~IsFiniteSet(Any)
ASSUME PrintT(Any) /\ PrintT({Any})
Init == x = 0 /\ x \in Any
Next == UNCHANGED x
Inv == x \in Any
====
