\* cairn: command=check args=--nowarning file=../tlc/TlcStutterWarning.tla exit=13 result="liveness failure"
\* --nowarning (TLC's -nowarning): the same counterexample, no warning.
\* cairn: stdout~=^State 4: Stuttering\n
\* cairn: stdout!~^Warning:
---- MODULE CheckNowarning ----
====
