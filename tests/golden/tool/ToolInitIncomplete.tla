\* cairn: command=tlc args="-tool" exit=255 tool_stdout=ToolInitIncomplete.tool
\* The expected framed output is TLC's own `tlc -tool` output for this model (times normalised).
\* Init leaves y unset when x = 1 (the first initial state): the model checker reports 2102
\* (EC.TLC_INITIAL_STATE: "current state is not a legal state", the state with y = null),
\* not 2106, and no statistics; exit 255.
---- MODULE ToolInitIncomplete ----
EXTENDS Naturals
VARIABLES x, y
Init == x \in 1..3 /\ (x > 1 => y = 0)
Next == x' = x /\ y' = 1
====
