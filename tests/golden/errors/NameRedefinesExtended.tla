\* cairn: command=parse exit=150
\* cairn: stderr~=NameRedefinesExtended\.tla:7:1: error: Operator Op already defined or declared\.
\* SANY (Generator.processOperator): a definition of a name an EXTENDed module defines,
\* even with the same arity, is an error at the definition.
---- MODULE NameRedefinesExtended ----
EXTENDS NameRedefinesExtendedM
Op(a) == <<a>>
====
