\* cairn: command=tlc args="-nowarning -config TlcStutterNoWarning.cfg" file=TlcStutterWarning.tla exit=13
\* TLC's -nowarning: the same counterexample as TlcStutterWarning's, no warning.
\* cairn: stdout~=^State 4: Stuttering\n
\* cairn: stdout!~^Warning:
---- MODULE TlcStutterNoWarning ----
====
