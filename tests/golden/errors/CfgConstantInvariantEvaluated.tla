\* cairn: command=check exit=151
\* cairn: stderr~=CfgConstantInvariantEvaluated\.cfg:2:11: error: The invariant of NoneLeft is equal to FALSE
\* NoneLeft mentions no variable: TLC evaluates every zero-argument constant-level
\* definition once at startup (SpecProcessor.processConstantDefns), not only literals, so
\* the cfg sees the value FALSE (Procs is not empty, and p1 \in Procs) and rejects it as an
\* invariant (TLC_CONFIG_ID_HAS_VALUE, exit 151) before any state exists: not exit 12.
---- MODULE CfgConstantInvariantEvaluated ----
EXTENDS Naturals
CONSTANT Procs
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
NoneLeft == \A p \in Procs : p \notin Procs
====
