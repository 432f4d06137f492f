\* cairn: command=check exit=0
\* cairn: stdout~=^\[a \|-> 4\]\n\[a \|-> 4\]\n\{1, 2\}\n1\.\.2\n\{\}$
\* TLC's \cup (Tool, OPCODE_cup) asks the left operand first, then the right, whether it
\* is an enumerated set or interval (Reducible); an empty one returns the other operand
\* as it is, without looking at it, so {} \cup r is r even for a record r. A nonempty
\* interval with {} is enumerated: (1..2) \cup {} prints {1, 2}, {} \cup (1..2) prints 1..2.
---- MODULE CupEmpty ----
EXTENDS Naturals, TLC
ASSUME PrintT([a |-> 4] \cup {})
ASSUME PrintT({} \cup [a |-> 4])
ASSUME PrintT((1..2) \cup {})
ASSUME PrintT({} \cup (1..2))
ASSUME PrintT({} \cup {})
====
