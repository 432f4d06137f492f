\* cairn: command=parse exit=150
\* cairn: stderr~=ProofUnknownModule\.tla:8:43: error: Module `Foo' used without being extended or instantiated\.
\* `MODULE M` as a fact or DEF must name a module known here: this module itself and the
\* extended Naturals are, Foo is not.
---- MODULE ProofUnknownModule ----
EXTENDS Naturals
USE MODULE ProofUnknownModule, MODULE Naturals
USE DEF MODULE ProofUnknownModule, MODULE Foo
====
