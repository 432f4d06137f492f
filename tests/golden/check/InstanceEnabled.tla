\* cairn: command=check exit=0 result="success" distinct=2 depth=2
\* ENABLED written inside an instantiated module binds that module's own primed variables
\* (TLC's Tool.enabled looks primed variables up past the substitutions made outside the
\* ENABLED): with a <- z, b <- z, I!F is "some a', b' with a' = 0 /\ b' = 1", TRUE, while
\* ENABLED (z' = 0 /\ z' = 1) is FALSE. Unprimed a and b still mean z: I!G (z # z) is FALSE.
\* In I!H, UNCHANGED a binds a' to z's value, so Keep (a' = a + 1) fails: FALSE.
\* Substituting into the primes instead would make I!F FALSE and Inv fail at once.
---- MODULE InstanceEnabled ----
EXTENDS Naturals
VARIABLE z
I == INSTANCE InstanceEnabledM WITH a <- z, b <- z
Init == z = 0
Next == z' = 1 - z
Inv == I!F /\ ~I!G /\ ~I!H /\ ~ENABLED (z' = 0 /\ z' = 1)
====
