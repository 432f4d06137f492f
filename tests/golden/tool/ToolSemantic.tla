\* cairn: command=tlc args="-tool" exit=150 tool_stdout=ToolSemantic.tool
\* The expected framed output is TLC's own `tlc -tool` output for this model (times normalised).
\* An undefined operator: SANY's block (*** Errors: 1, the location, the message in cairn's words), then 3002 "Parsing or semantic analysis failed."
---- MODULE ToolSemantic ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + undefinedName
====
