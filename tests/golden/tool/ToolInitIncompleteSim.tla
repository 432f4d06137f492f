\* cairn: command=tlc args="-simulate -tool" file=ToolInitIncomplete.tla exit=255 tool_stdout=ToolInitIncompleteSim.tool
\* The expected framed output is TLC's own `tlc -simulate -tool` output for this model (times normalised).
\* The simulator computes all 3 initial states first ("Computed 3 initial states...", 2269),
\* then reports the first incomplete one with 2106 ("State is not completely specified by the
\* initial predicate:"), no statistics; exit 255.
---- MODULE ToolInitIncompleteSim ----
====
