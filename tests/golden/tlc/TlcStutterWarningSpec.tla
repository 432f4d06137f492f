\* cairn: command=tlc args="-config TlcStutterWarningSpec.cfg" file=TlcStutterWarning.tla exit=13
\* TLC's text for this model: a SPECIFICATION without a temporal conjunct, so the warning
\* is 2259's, naming the specification and its definition's range.
\* cairn: stdout~=^State 4: Stuttering\nWarning: The stuttering counterexample above may be caused by the absence of a fairness constraint in the behavior specification Spec defined at line 11, col 1 to line 11, col 26 of module TlcStutterWarning\. To rule out such counterexamples, conjoin a suitable fairness constraint to Spec \(compare Chapter 8, page 87ff of Specifying Systems at https://lamport\.azurewebsites\.net/tla/book\.html\)\.\n\(Use the -nowarning option to disable this warning\.\)\n
---- MODULE TlcStutterWarningSpec ----
====
