\* cairn: command=tlc args="-tool" exit=75 tool_stdout=ToolEvalRuntime.tool
\* The expected framed output is TLC's own `tlc -tool` output for this model (times normalised).
\* f[2] in the third step, outside f's domain: a failure of the values (TLC's TLCRuntimeException, not a module's
\* EvalException), which ModelChecker.doNextFailed reports as GENERAL (1000) in MP.ECGeneralMsg's words
\* ("TLC threw an unexpected exception ... java.lang.RuntimeException"), the behaviour, then where (2103). Exit 75.
---- MODULE ToolEvalRuntime ----
EXTENDS Naturals
VARIABLE x
f == [i \in 0..1 |-> i + 1]
Init == x = 0
Next == x' = f[x]
====
