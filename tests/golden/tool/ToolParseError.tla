\* cairn: command=tlc args="-tool" exit=150 tool_stdout=ToolParseError.tool
\* The expected framed output is TLC's own `tlc -tool` output for this model (times normalised), but for the parser's words.
\* A syntax error: SANY's report, "***Parse Error***", the message, "Encountered ... at line 9, column 15" (where the
\* extension puts the diagnostic), then "Fatal errors while parsing" and "Could not parse module" twice; 3002. Exit 150.
\* Kept difference: cairn's parser's message (SANY: Was expecting "==== or more Module body") and no residual stack trace.
---- MODULE ToolParseError ----
EXTENDS Naturals
VARIABLE x
Init == x = = 0
Next == x' = x
====
