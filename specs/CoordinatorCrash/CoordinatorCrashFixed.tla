----------------------- MODULE CoordinatorCrashFixed -----------------------
(***************************************************************************)
(* Lesson 4, the fix: write the decision to a log that survives the crash, *)
(* before anyone acts on it.                                               *)
(*                                                                         *)
(* The coordinator of CoordinatorCrash.tla with one durable variable, log: *)
(* Decide writes "commit" to it in the same step (in code: fsync the log   *)
(* record, then send the commit messages). A crash loses tmState but not   *)
(* log; Recover reads it: commit if the log says so, else presumed abort,  *)
(* which is now safe, since no participant can have committed.             *)
(*                                                                         *)
(* Why the numbers (notation of CoordinatorCrash.tla; Dn/Dc = down with    *)
(* log "none"/"commit"):                                                   *)
(*  - log "none": C with each participant w or p: 4; Dn likewise: 4; A,    *)
(*    each participant w, p or a: 9.                                       *)
(*  - log "commit" (only after Decide, so only from (p,p)): K and Dc, each *)
(*    participant p or k: 4 + 4.                                           *)
(* distinct = 4 + 4 + 9 + 4 + 4 = 25. Levels, as in CoordinatorCrash.tla   *)
(* up to 4 (with (p,p)Dn at 4); then                                       *)
(*   5: (k,p)K (p,k)K (p,p)Dc (p,p)A (p,a)A (a,p)A (a,a)A          7       *)
(*   6: (k,k)K (k,p)Dc (p,k)Dc                                     3       *)
(*   7: (k,k)Dc                                                    1       *)
(* 1+3+4+6+7+3+1 = 25, depth 7. Generated = 1 + 3 + 7 + 10 + 14 (levels    *)
(* 1-4) + 10 (level 5: 2+2+1+2+1+1+1, Done in (a,a)A) + 4 (level 6: Crash  *)
(* and Done in (k,k)K, Recover twice) + 2 (level 7: Recover and Done) =    *)
(* 51.                                                                     *)
(***************************************************************************)
CONSTANT RM

VARIABLES rmState,   \* as in CoordinatorCrash
          tmState,   \* as in CoordinatorCrash: lost in a crash
          log        \* the coordinator's durable log: "none" or "commit"

vars == <<rmState, tmState, log>>

Init == /\ rmState = [r \in RM |-> "working"]
        /\ tmState = "collecting"
        /\ log = "none"

Prepare(r) == /\ rmState[r] = "working"
              /\ rmState' = [rmState EXCEPT ![r] = "prepared"]
              /\ UNCHANGED <<tmState, log>>

RMCommit(r) == /\ tmState = "committed"
               /\ rmState[r] = "prepared"
               /\ rmState' = [rmState EXCEPT ![r] = "committed"]
               /\ UNCHANGED <<tmState, log>>

RMAbort(r) == /\ tmState = "aborted"
              /\ rmState[r] \in {"working", "prepared"}
              /\ rmState' = [rmState EXCEPT ![r] = "aborted"]
              /\ UNCHANGED <<tmState, log>>

\* The decision is logged in the same step as it is made.
Decide == /\ tmState = "collecting"
          /\ \A r \in RM : rmState[r] = "prepared"
          /\ tmState' = "committed"
          /\ log' = "commit"
          /\ UNCHANGED rmState

Crash == /\ tmState \in {"collecting", "committed"}
         /\ tmState' = "down"
         /\ UNCHANGED <<rmState, log>>

\* Restart: the log, not a presumption, says what was decided.
Recover == /\ tmState = "down"
           /\ tmState' = IF log = "commit" THEN "committed" ELSE "aborted"
           /\ UNCHANGED <<rmState, log>>

Done == /\ \/ \A r \in RM : rmState[r] = "committed"
           \/ tmState = "aborted" /\ \A r \in RM : rmState[r] = "aborted"
        /\ UNCHANGED vars

Next == \/ \E r \in RM : Prepare(r) \/ RMCommit(r) \/ RMAbort(r)
        \/ Decide \/ Crash \/ Recover
        \/ Done

Spec == Init /\ [][Next]_vars

Consistent == ~(\E r1, r2 \in RM : rmState[r1] = "committed" /\ rmState[r2] = "aborted")
=============================================================================
