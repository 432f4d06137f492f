\* cairn: command=parse exit=150
\* cairn: stderr~=NameNestedUnused\.tla:8:1: error: Operator Y already defined or declared\.
\* SANY analyses every nested module, used or not, and a nested module sees the names
\* its enclosing module defined before it: Inner's Y redefines the outer Y.
---- MODULE NameNestedUnused ----
Y == 2
---- MODULE Inner ----
Y == 3
====
====
