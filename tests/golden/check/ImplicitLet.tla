\* Helper of InstanceImplicit: instantiated inside a LET that defines w.
---- MODULE ImplicitLet ----
EXTENDS Naturals
VARIABLE w
Twice == w + w
====
