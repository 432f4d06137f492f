\* cairn: command=parse exit=150
\* cairn: stderr~=NameBuiltinRedefined\.tla:6:1: error: Operator \\cdot already defined or declared\.
\* \cdot is one of SANY's built-in operators (BuiltInOperators.java): not redefinable.
---- MODULE NameBuiltinRedefined ----
a \oplus b == a
a \cdot b == b
====
