------------------------------ MODULE Livelock ------------------------------
(***************************************************************************)
(* Lesson 11, the buggy design: a polite retry loop that never ends.       *)
(*                                                                         *)
(* Two processes each want the critical section once. Each raises its      *)
(* flag; if the other's flag is up too, it backs off politely (lowers its  *)
(* flag) and retries from the start:                                       *)
(*                                                                         *)
(*     set:    flag[self] := TRUE                                          *)
(*     check:  if flag[other] then goto clear else goto cs                 *)
(*     clear:  flag[self] := FALSE; goto set       \* back off, retry      *)
(*     cs:     flag[self] := FALSE; goto done                              *)
(*                                                                         *)
(* It is safe (MutualExclusion holds) and never deadlocks. But both can    *)
(* raise, both see the other, both back off, both retry, forever: a        *)
(* livelock. Unlike a deadlock the system keeps taking steps, and unlike   *)
(* starvation (../Starvation) nobody gets through. The scheduler here is   *)
(* fair (Spec asks weak fairness of each process: neither can be ignored   *)
(* forever); the lasso cairn prints is a fair behaviour, so no fairness    *)
(* assumption can save this design: the symmetry must be broken.           *)
(*                                                                         *)
(* Question: what must differ between the two processes? Fix:              *)
(* LivelockFixed.tla.                                                      *)
(*                                                                         *)
(* Why the numbers. A flag is up exactly when its process is at check,     *)
(* clear or cs, so a state is (pc[1], pc[2]): 5 * 5 pairs less (cs, cs):   *)
(* 24 distinct (every other pair is reachable; e.g. (cs, clear): 1 enters  *)
(* while 2 is at set, 2 then raises and backs off). Depth 7: (done, done)  *)
(* needs 3 steps of each process (raise, check, leave). Generated: each    *)
(* process that is not done has exactly one action enabled: 2 * (4 * 5 -   *)
(* 1) = 38, plus Finished in (done, done) and the initial state: 40.       *)
(***************************************************************************)
EXTENDS Naturals

VARIABLES flag, pc

vars == <<flag, pc>>

Procs == {1, 2}
Other(p) == 3 - p

Init == /\ flag = [p \in Procs |-> FALSE]
        /\ pc = [p \in Procs |-> "set"]

Raise(p) == /\ pc[p] = "set"
            /\ flag' = [flag EXCEPT ![p] = TRUE]
            /\ pc' = [pc EXCEPT ![p] = "check"]

Check(p) == /\ pc[p] = "check"
            /\ pc' = [pc EXCEPT ![p] = IF flag[Other(p)] THEN "clear" ELSE "cs"]
            /\ UNCHANGED flag

BackOff(p) == /\ pc[p] = "clear"
              /\ flag' = [flag EXCEPT ![p] = FALSE]
              /\ pc' = [pc EXCEPT ![p] = "set"]

Leave(p) == /\ pc[p] = "cs"
            /\ flag' = [flag EXCEPT ![p] = FALSE]
            /\ pc' = [pc EXCEPT ![p] = "done"]

Proc(p) == Raise(p) \/ Check(p) \/ BackOff(p) \/ Leave(p)

Finished == /\ \A p \in Procs : pc[p] = "done"
            /\ UNCHANGED vars

Next == (\E p \in Procs : Proc(p)) \/ Finished

\* A fair scheduler: each process that can move eventually does.
Spec == Init /\ [][Next]_vars /\ \A p \in Procs : WF_vars(Proc(p))

MutualExclusion == ~(pc[1] = "cs" /\ pc[2] = "cs")

Terminates == <>(\A p \in Procs : pc[p] = "done")
=============================================================================
