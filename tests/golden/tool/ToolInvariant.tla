\* cairn: command=tlc args="-tool" exit=12 tool_stdout=ToolInvariant.tool
\* The expected framed output is TLC's own `tlc -tool` output for this model (times normalised).
\* An invariant violated after 3 steps (x + y reaches 3): TLC 2110, the behaviour (2121, 2217 per state), the statistics.
---- MODULE ToolInvariant ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
IncX == x < 3 /\ x' = x + 1 /\ y' = y
IncY == y < 3 /\ y' = y + 1 /\ x' = x
Next == IncX \/ IncY
Small == x + y < 3
====
