\* cairn: command=parse exit=150
\* cairn: stderr~=ProofFactArity\.tla:9:11: error: The operator Sq requires 1 arguments\.
\* A fact naming an operator with parameters must give its arguments (SANY's
\* selectorToNode with expected arity 0); in a DEF clause the bare name is right.
---- MODULE ProofFactArity ----
EXTENDS Naturals
Sq(x) == x * x
USE DEF Sq
USE TRUE, Sq
====
