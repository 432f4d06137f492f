---- MODULE InstancePrimeM ----
EXTENDS Naturals
VARIABLE x
Step == x' = x + 1
Stay == UNCHANGED x
====
