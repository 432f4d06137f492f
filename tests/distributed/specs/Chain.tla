---- MODULE Chain ----
\* One path 0 -> 1 -> ... : Inv fails at x = 6, a trace of 7 states, whose links lie on
\* different ranks (owner = fingerprint mod P): the walk back asks each owner in turn and
\* must give the states 0..6 in order for every number of ranks, with y's history.
EXTENDS Naturals, Sequences
VARIABLES x, y
Init == x = 0 /\ y = <<>>
Next == x' = x + 1 /\ y' = Append(y, x * x)
Inv == x < 6
====
