\* cairn: command=check exit=0 result="success" distinct=9 depth=5 generated=19
\* cairn: stderr!~error
\* INSTANCE substitutes each CONSTANT/VARIABLE of the instantiated module that WITH does
\* not name by the same-named symbol where the INSTANCE is written (TLA+ implicit
\* substitution): `INSTANCE ImplicitInner` uses this N and x, `Two` this N and y, and the
\* instance inside the LET its w. States (x, y) in (0..2) \X (0..2), all 9 reachable; each
\* has two successors, so generated = 1 + 9 * 2 = 19; the farthest (2, 2) is 4 steps from
\* (0, 0): 5 BFS levels. Inv fails if w were anything but x + y.
---- MODULE InstanceImplicit ----
EXTENDS Naturals
CONSTANT N
VARIABLE x, y
INSTANCE ImplicitInner
Two == INSTANCE ImplicitInner WITH x <- y
Init == x = 0 /\ y = 0
Next == \/ Step /\ UNCHANGED y
        \/ Two!Step /\ UNCHANGED x
Sum == LET w == x + y
           M == INSTANCE ImplicitLet
       IN  M!Twice
Inv == Low /\ Two!Low /\ Sum = 2 * (x + y)
====
