\* cairn: command=check exit=255 result="error" distinct=3 depth=3 generated=3
\* cairn: stderr~=LiveNextError\.tla:\d+:\d+: error:
\* x + "a" on x = 2 is a generic evaluation error in Next (75 without liveness, see
\* NextIntVsString). Here a temporal PROPERTY is checked: TLC then labels the state for
\* liveness after its next-state relation failed, the fairness WF_x(Next) evaluates Next
\* again and fails too, so TLC does not replay the error for its call stack and exits with
\* the first error's own code, EC.GENERAL: 255.
---- MODULE LiveNextError ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = IF x = 2 THEN x + "a" ELSE x + 1
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Live == <>(x = 10)
====
