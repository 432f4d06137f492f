---- MODULE NestedInstLeaf ----
CONSTANT k
Val == k
====
