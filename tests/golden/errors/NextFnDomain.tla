\* cairn: command=check exit=75 result="error" distinct=4 depth=4 generated=4 left=0
\* cairn: stderr~=NextFnDomain\.tla:10:14: error:
\* cairn: stderr~=domain
\* f[3] with DOMAIN f = {0, 1, 2}: applying a function outside its domain is an error in Next (exit 75).
---- MODULE NextFnDomain ----
EXTENDS Integers
VARIABLE x
f == [i \in {0, 1, 2} |-> i]
Init == x = 0
Next == x' = f[x] + 1
====
