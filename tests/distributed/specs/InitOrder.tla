---- MODULE InitOrder ----
\* Three initial states violate Inv; TLC enumerates x \in 1..30 in ascending order and
\* reports the first, x = 5. Every rank enumerates Init and the earliest finding in that
\* order wins, so each number of ranks reports the trace [x = 5] (owners of 5, 17 and 23
\* differ for most P).
EXTENDS Naturals
VARIABLE x
Init == x \in 1..30
Next == x' = x
Inv == x \notin {17, 5, 23}
====
