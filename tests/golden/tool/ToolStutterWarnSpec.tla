\* cairn: command=tlc args="-tool" exit=13 tool_stdout=ToolStutterWarnSpec.tool
\* The expected framed output is TLC's own `tlc -tool` output for this model (times normalised).
\* A SPECIFICATION without fairness and a leads-to property (~(P ~> Q) is <>(P /\ []~Q): a
\* promise with a [] inside): after the stuttering lasso TLC warns (2259:3) naming the
\* specification and its definition's range, from its name to the end of its body.
\* Left out (TLC sends them, cairn does not): 2212 (the tableau's branches) and the progress line before 2192.
---- MODULE ToolStutterWarnSpec ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Spec == Init
        /\ [][Next]_x
Back == (x = 1) ~> (x = 0)
====
