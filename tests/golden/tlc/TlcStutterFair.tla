\* cairn: command=tlc args="-config TlcStutterFair.cfg" file=TlcStutterWarning.tla exit=13
\* TLC's text for this model: the specification has a fairness conjunct (WF), so TLC prints
\* no warning after the stuttering lasso (Liveness.printStutteringCounterExampleWarning).
\* cairn: stdout~=^State 4: Stuttering\n
\* cairn: stdout!~^Warning:
---- MODULE TlcStutterFair ----
====
