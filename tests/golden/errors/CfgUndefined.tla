\* cairn: command=check exit=151
\* cairn: stderr~=NoSuchInvariant
\* The cfg names an invariant the module does not define: a configuration error (151).
---- MODULE CfgUndefined ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = 1 - x
====
