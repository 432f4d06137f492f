\* Helper of InstanceImplicit.
---- MODULE ImplicitInner ----
EXTENDS Naturals
CONSTANT N
VARIABLE x
Step == x' = (x + 1) % N
Low == x < N
====
