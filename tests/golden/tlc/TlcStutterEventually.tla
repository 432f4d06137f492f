\* cairn: command=tlc args="-config TlcStutterEventually.cfg" file=TlcStutterWarning.tla exit=13
\* TLC's text for this model: INIT/NEXT, but <>P's negation []~P needs no cycle (empty
\* possible error models, a tableau without promises): no warning after the stuttering lasso.
\* cairn: stdout~=^State 4: Stuttering\n
\* cairn: stdout!~^Warning:
---- MODULE TlcStutterEventually ----
====
