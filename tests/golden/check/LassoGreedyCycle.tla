\* cairn: exit=13 result="liveness failure" distinct=24 depth=7 trace_length=7 violation=Terminates
\* cairn: same_stdout="--workers 2"
\* The lasso's cycle is built greedily, as TLC's printErrorTrace walks: from the SCC's
\* root to the nearest step that meets a fairness condition not met yet, and so on, then
\* back. Two processes that back off politely (raise a flag; if the other's is up, lower
\* it and retry) loop forever under weak fairness of each. The shortest fair cycle has
\* each process raise, check and back off once (6 steps, back to the initial state, which
\* is the SCC's first node): 6 states and "Back to state 1", trace_length 7, as TLC
\* prints it. (Visiting the conditions in a fixed order instead gave 14 steps.)
\* 24 distinct: pc pairs over {set, check, clear, cs, done} but (cs, cs); depth 7.
---- MODULE LassoGreedyCycle ----
EXTENDS Naturals
VARIABLES flag, pc
vars == <<flag, pc>>
Procs == {1, 2}
Other(p) == 3 - p
Init == flag = [p \in Procs |-> FALSE] /\ pc = [p \in Procs |-> "set"]
Raise(p) == /\ pc[p] = "set" /\ flag' = [flag EXCEPT ![p] = TRUE] /\ pc' = [pc EXCEPT ![p] = "check"]
Check(p) == /\ pc[p] = "check" /\ UNCHANGED flag
            /\ pc' = [pc EXCEPT ![p] = IF flag[Other(p)] THEN "clear" ELSE "cs"]
BackOff(p) == /\ pc[p] = "clear" /\ flag' = [flag EXCEPT ![p] = FALSE] /\ pc' = [pc EXCEPT ![p] = "set"]
Leave(p) == /\ pc[p] = "cs" /\ flag' = [flag EXCEPT ![p] = FALSE] /\ pc' = [pc EXCEPT ![p] = "done"]
Proc(p) == Raise(p) \/ Check(p) \/ BackOff(p) \/ Leave(p)
Finished == (\A p \in Procs : pc[p] = "done") /\ UNCHANGED vars
Next == (\E p \in Procs : Proc(p)) \/ Finished
Spec == Init /\ [][Next]_vars /\ \A p \in Procs : WF_vars(Proc(p))
Terminates == <>(\A p \in Procs : pc[p] = "done")
====
