\* cairn: command=tlc args="-tool" exit=13 tool_stdout=ToolStutterWarnInitNext.tool
\* The expected framed output is TLC's own `tlc -tool` output for this model (times normalised).
\* INIT/NEXT and a property whose check needs a cycle ([]<>P: <>[]~P is a possible error model's
\* condition): after the stuttering lasso TLC warns (2257:3) that the missing SPECIFICATION may
\* be the cause (Liveness.printStutteringCounterExampleWarning).
\* Left out (TLC sends them, cairn does not): 2212 (the tableau's branches) and the progress line before 2192.
---- MODULE ToolStutterWarnInitNext ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Often == []<>(x = 0)
====
