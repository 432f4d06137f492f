\* cairn: command=check exit=0
\* A parameterised instance Mid(q) of a module that itself instantiates Leaf WITH k <- q + 1:
\* inside Mid, `Leaf!Val` must pass Mid's parameter q along, so Mid(4)!Get is (4+1)*10 = 50,
\* and from outside, Mid(2)!Leaf!Val is 2+1 = 3 (the path's first segment supplies q).
---- MODULE NestedInstParam ----
EXTENDS Naturals
Mid(q) == INSTANCE NestedInstMid
ASSUME Mid(4)!Get = 50
ASSUME Mid(2)!Leaf!Val = 3
ASSUME Mid(0)!Get + Mid(1)!Get = 30
====
