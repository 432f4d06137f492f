\* cairn: command=check file=../tlc/TlcStutterWarning.tla exit=13 result="liveness failure"
\* cairn check prints TLC's warning after a stuttering counterexample of INIT/NEXT too.
\* cairn: stdout~=^State 4: Stuttering\nWarning: The stuttering counterexample above may be caused by the absence of a behavior specification
---- MODULE CheckStutterWarning ----
====
