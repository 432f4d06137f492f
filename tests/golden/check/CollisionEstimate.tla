\* cairn: exit=0 distinct=3 generated=4 depth=3
\* cairn: stdout~=^Model checking completed\. No error has been found\.\n  Estimates of the probability that TLC did not check all reachable states\n  because two distinct states had the same fingerprint:\n  calculated \(optimistic\):  val = 1\.6E-19$
\* Why: 1 initial state + 3 successors generated, 3 distinct; TLC's estimate is
\* distinct * (generated - distinct) / 2^64 = 3 / 2^64 = 1.626...E-19, cut to 2 digits.
---- MODULE CollisionEstimate ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
====
