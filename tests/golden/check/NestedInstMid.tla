---- MODULE NestedInstMid ----
EXTENDS Naturals
CONSTANT q
Leaf == INSTANCE NestedInstLeaf WITH k <- q + 1
Get == Leaf!Val * 10
====
