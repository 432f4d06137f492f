--------------------------- MODULE LivelockFixed ---------------------------
(***************************************************************************)
(* Lesson 11, the fix: break the symmetry -- and keep the fairness.        *)
(*                                                                         *)
(* Process 1 never backs off: when it sees flag[2] it waits at check       *)
(* (await ~flag[2]). Process 2 backs off as before, and before raising its *)
(* flag again it waits until flag[1] is down (await ~flag[1]). So once 2   *)
(* has backed off, 1's way stays free until 1 is through; 2 follows. (A    *)
(* randomized backoff is the other classic answer: it breaks the symmetry  *)
(* with probability 1, which a model checker expresses as a fairness       *)
(* condition on the lucky schedule.)                                       *)
(*                                                                         *)
(* The fix needs fairness too. With Spec (weak fairness of each process)   *)
(* Terminates holds; with UnfairSpec (LivelockFixedUnfair.cfg) it fails,   *)
(* not by a cycle but by stuttering: a process that may stop for ever      *)
(* will. Weak fairness suffices: process 1's Check is disabled only while  *)
(* flag[2] is up, and once 2 has backed off it stays down.                 *)
(*                                                                         *)
(* Why the numbers. A state is (pc[1], pc[2]), process 1 never at clear:   *)
(* 4 * 5 = 20 pairs, of which 5 are unreachable: (cs, cs); (cs, check)     *)
(* and (cs, clear) (1 enters only with flag[2] down, and 2 cannot raise    *)
(* while 1 is in); (set, clear), (done, clear) (2 backs off only after 1   *)
(* raised, and 1 cannot get past check while 2's flag is up). distinct =   *)
(* 15. Depth 7: (done, done) takes 3 steps of each. Generated: 1 + the     *)
(* enabled actions: 2 in each of (set,set) (set,check) (set,cs), none but  *)
(* Finished in (done,done), 1 in the other 11 (in (check,set) 2 waits, in  *)
(* (check,check) (check,clear) (check,cs) 1 waits): 1 + 6 + 1 + 11 = 19.   *)
(***************************************************************************)
EXTENDS Naturals

VARIABLES flag, pc

vars == <<flag, pc>>

Procs == {1, 2}
Other(p) == 3 - p

Init == /\ flag = [p \in Procs |-> FALSE]
        /\ pc = [p \in Procs |-> "set"]

\* Process 2 raises its flag only while process 1's is down.
Raise(p) == /\ pc[p] = "set"
            /\ p = 2 => ~flag[1]
            /\ flag' = [flag EXCEPT ![p] = TRUE]
            /\ pc' = [pc EXCEPT ![p] = "check"]

\* Process 1 waits instead of backing off; process 2 backs off.
Check(p) == /\ pc[p] = "check"
            /\ p = 1 => ~flag[2]
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

Spec == Init /\ [][Next]_vars /\ \A p \in Procs : WF_vars(Proc(p))

UnfairSpec == Init /\ [][Next]_vars

MutualExclusion == ~(pc[1] = "cs" /\ pc[2] = "cs")

Terminates == <>(\A p \in Procs : pc[p] = "done")
=============================================================================
