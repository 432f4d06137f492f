\* cairn: command=tlc args="-config TlcStutterWarning.cfg" exit=13
\* TLC's text for this model (tlc -workers 1): after "State 4: Stuttering" of the lasso of a
\* property whose check needs a cycle ([]<>P), with INIT/NEXT, the warning 2257 and, after the
\* run's first warning, the hint about -nowarning.
\* cairn: stdout~=^State 4: Stuttering\nWarning: The stuttering counterexample above may be caused by the absence of a behavior specification \(SPECIFICATION\)\. Only INIT and NEXT have been provided, so TLC permits infinite stuttering\. To rule out such counterexamples, use SPECIFICATION Spec, with Spec asserting a suitable fairness constraint \(compare Chapter 8, page 87ff of Specifying Systems at https://lamport\.azurewebsites\.net/tla/book\.html\)\.\n\(Use the -nowarning option to disable this warning\.\)\n
---- MODULE TlcStutterWarning ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Spec == Init /\ [][Next]_x
FairSpec == Spec /\ WF_x(Next)
Often == []<>(x = 0)
Done == <>(x = 3)
====
