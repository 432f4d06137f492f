---- MODULE ReplSpec ----
\* A spec for the REPL's tests (tests/repl/repl_test.py): definitions, a constant from the
\* cfg, an operator with a parameter, and a definition whose evaluation fails.
EXTENDS Naturals, Sequences
CONSTANT N, Procs
VARIABLE x
Nodes == 1..N
Double(k) == 2 * k
Bad == 1 \div 0
Init == x = 0
Next == x' = x
====
