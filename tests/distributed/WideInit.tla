---- MODULE WideInit ----
\* N + 1 initial states and nothing else (every state its own successor): the memory limit
\* of cairn-mpi while Init is enumerated (tests/distributed/mpi_long_runs_test.py).
EXTENDS Naturals
CONSTANT N
VARIABLE x
Init == x \in 0..N
Next == UNCHANGED x
====
