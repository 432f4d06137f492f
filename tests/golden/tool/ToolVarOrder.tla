\* cairn: command=tlc args="-tool" exit=12 tool_stdout=ToolVarOrder.tool
\* The expected framed output is TLC's own `tlc -tool` output for this model (times normalised).
\* TLC prints a state's variables in SANY's order, not the declaration order: the reverse of
\* the enumeration of the module's symbol table, a java.util.Hashtable (report/tlc_order.hpp).
---- MODULE ToolVarOrder ----
EXTENDS Naturals
VARIABLES x, n, zeta, alpha, hr, now, t
Init == hr = 0 /\ now = 0 /\ t = 0 /\ zeta = 0 /\ alpha = 0 /\ n = 0 /\ x = 0
Next == /\ n < 2
        /\ n' = n + 1 /\ x' = x + 2 /\ alpha' = alpha /\ zeta' = zeta /\ UNCHANGED <<hr, now, t>>
Small == n < 2
====
