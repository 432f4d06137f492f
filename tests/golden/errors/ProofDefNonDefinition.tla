\* cairn: command=parse exit=150
\* cairn: stderr~=ProofDefNonDefinition\.tla:11:13: error: DEF clause entry should describe a defined operator\.
\* A DEF entry must be a defined operator, theorem or instance: Op and T are, the
\* CONSTANT N is not (an operator constant F(_) would not be either).
---- MODULE ProofDefNonDefinition ----
EXTENDS Naturals
CONSTANT N
Op == N + 1
THEOREM T == Op = N + 1
USE DEF Op, T
USE DEF Op, N
====
