\* cairn: command=check exit=151
\* cairn: stderr~=The property of Empty is equal to FALSE
\* A PROPERTY that is a constant (Procs = {} is FALSE here) is a value once TLC has
\* evaluated its constant definitions; processConfigProps accepts only TRUE (exit 151),
\* where checking it on the initial state would report a violated property (exit 13).
---- MODULE CfgConstantPropertyEvaluated ----
EXTENDS Naturals
CONSTANT Procs
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Empty == Procs = {}
====
