\* cairn: command=check exit=0 result="success" distinct=0 depth=1 generated=2
\* Both initial states are outside the CONSTRAINT: generated, never kept (0 distinct). TLC
\* prints depth 1 whenever anything was generated (ModelChecker.printSummary: 0 only when
\* nothing was; ConcurrentTLCTrace.getLevel starts at 1).
---- MODULE ConstraintAllOut ----
EXTENDS Naturals
VARIABLE x
Init == x \in {5, 6}
Next == x' = x + 1
Small == x < 3
====
