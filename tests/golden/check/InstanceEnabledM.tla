---- MODULE InstanceEnabledM ----
EXTENDS Naturals
VARIABLES a, b
F == ENABLED (a' = 0 /\ b' = 1)
G == ENABLED (a # b /\ a' = 0)
Keep == a' = a + 1
H == ENABLED (UNCHANGED a /\ Keep)
====
