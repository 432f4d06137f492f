\* cairn: command=tlc args="-tool" exit=13 tool_stdout=ToolStutter.tool
\* The expected framed output is TLC's own `tlc -tool` output for this model (times normalised).
\* INIT/NEXT without fairness: the behaviour may stutter at x = 1 forever, so <>(x = 2) fails: the lasso ends in "3: Stuttering" (2218).
\* Left out (TLC sends them, cairn does not): 2212 (the tableau's branches) and the progress line before 2192.
---- MODULE ToolStutter ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Done == <>(x = 2)
====
