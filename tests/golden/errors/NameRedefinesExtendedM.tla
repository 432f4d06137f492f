---- MODULE NameRedefinesExtendedM ----
Op(a) == a
====
