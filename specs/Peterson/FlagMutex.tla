------------------------------ MODULE FlagMutex ------------------------------
(***************************************************************************)
(* Lesson 2, the buggy design: check, then act.                            *)
(*                                                                         *)
(* The first mutual-exclusion protocol most people write. Each process     *)
(* raises a flag while it is in the critical section, and looks at the     *)
(* other's flag before going in:                                           *)
(*                                                                         *)
(*     ncs:  await ~flag[other]      \* "nobody is inside"                 *)
(*     set:  flag[self] := TRUE      \* "now I am"                         *)
(*     cs:   flag[self] := FALSE     \* leave                              *)
(*                                                                         *)
(* Between the check and the set, the other process can make the same      *)
(* check and see the same lowered flag: both go in. The gap is one step    *)
(* wide, which is exactly what testing rarely hits and a model checker     *)
(* always does.                                                            *)
(*                                                                         *)
(* Why the numbers. flag[p] is TRUE exactly when p is at cs, so a state is *)
(* a pair of pc values, n/s/c = ncs/set/cs. Breadth-first, p = 0 first:    *)
(*   level 1: (n,n)                                               1        *)
(*   level 2: (s,n) (n,s)                                         2        *)
(*   level 3: (c,n) (s,s) (n,c)    [(n,s) -> (s,s) a duplicate]   3        *)
(*   level 4: (c,s) (s,c)  [in (c,n) and (n,c) the process at n is         *)
(*            blocked, the one at c leaves to (n,n): a duplicate] 2        *)
(*   level 5: (c,s) -> (n,s) (a duplicate), then (c,s) -> (c,c): both      *)
(*            in the critical section. The check stops.           1        *)
(* distinct = 9, depth 5, trace 5 states: (n,n) (s,n) (s,s) (c,s) (c,c).   *)
(* Generated: 1 + 2 + (2 + 2) + (1 + 2 + 1) + 2 = 13.                      *)
(*                                                                         *)
(* The fix is Peterson.tla: raise the flag *before* looking, and break the *)
(* tie that creates (both flags up) with a shared `turn`.                  *)
(***************************************************************************)
EXTENDS Naturals

VARIABLES flag, pc

vars == <<flag, pc>>

Procs == {0, 1}
Other(p) == 1 - p

Init == /\ flag = [p \in Procs |-> FALSE]
        /\ pc = [p \in Procs |-> "ncs"]

Check(p) == /\ pc[p] = "ncs"
            /\ ~flag[Other(p)]
            /\ pc' = [pc EXCEPT ![p] = "set"]
            /\ UNCHANGED flag

Set(p) == /\ pc[p] = "set"
          /\ flag' = [flag EXCEPT ![p] = TRUE]
          /\ pc' = [pc EXCEPT ![p] = "cs"]

Leave(p) == /\ pc[p] = "cs"
            /\ flag' = [flag EXCEPT ![p] = FALSE]
            /\ pc' = [pc EXCEPT ![p] = "ncs"]

Next == \E p \in Procs : Check(p) \/ Set(p) \/ Leave(p)

Spec == Init /\ [][Next]_vars

MutualExclusion == ~(pc[0] = "cs" /\ pc[1] = "cs")
=============================================================================
