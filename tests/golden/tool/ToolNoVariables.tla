\* cairn: command=tlc args="-tool" exit=0 tool_stdout=ToolNoVariables.tool
\* The expected framed output is TLC's own `tlc -tool` output for this model (times normalised).
\* A model of ASSUMEs only (an empty cfg): TLC still computes its initial states (2189, 2190 with 0),
\* and the progress line's level is 1, never 0 (TLCTrace.getLevelForReporting); the depth is 0. Exit 0.
---- MODULE ToolNoVariables ----
EXTENDS Naturals, TLC
ASSUME PrintT(2 + 3)
====
