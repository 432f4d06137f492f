\* cairn: command=check exit=0 result="success" distinct=3 depth=3 generated=4
\* Priming through an INSTANCE substitution: with x <- z, I!Step is z' = z + 1 (it assigns
\* z') and I!Stay is UNCHANGED z. z counts 0, 1, 2 and then stutters: 1 + 3 generated.
\* Inv: ENABLED (I!Step /\ z' < 2) is ENABLED (z' = z + 1 /\ z' < 2), true iff z < 1.
---- MODULE InstancePrime ----
EXTENDS Naturals
VARIABLE z
I == INSTANCE InstancePrimeM WITH x <- z
Init == z = 0
Next == \/ z < 2 /\ I!Step
        \/ z = 2 /\ I!Stay
Inv == ENABLED (I!Step /\ z' < 2) <=> z < 1
====
