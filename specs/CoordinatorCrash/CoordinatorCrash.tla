-------------------------- MODULE CoordinatorCrash --------------------------
(***************************************************************************)
(* Lesson 4, the buggy design: a coordinator that forgets its decision.    *)
(*                                                                         *)
(* Two-phase commit (../NaiveCommit/NaiveCommitFixed.tla) with a           *)
(* coordinator that can crash. The participants always vote yes here, to   *)
(* keep the model small: the crash is the only trouble. The coordinator    *)
(* keeps its state in memory; when it restarts it knows nothing about the  *)
(* transaction, so it follows the usual rule "presumed abort": no decision *)
(* known means abort, and it tells the participants so.                    *)
(*                                                                         *)
(* That rule is only safe if "no decision known" really means "no decision *)
(* was made". Here the coordinator can decide commit, tell one participant *)
(* (it commits), crash, restart, presume abort and tell the other one:     *)
(* one participant committed, the other aborted. The checker finds it in   *)
(* 8 states: prepare, prepare, Decide, rm1 commits, Crash, Recover         *)
(* (abort), rm2 aborts.                                                    *)
(*                                                                         *)
(* Question: which facts must survive a crash, and when must they be       *)
(* written? Fix: CoordinatorCrashFixed.tla.                                *)
(*                                                                         *)
(* Why the numbers (w/p/k/a = working, prepared, committed, aborted; the   *)
(* coordinator C/K/A/D = collecting, committed, aborted, down). BFS,       *)
(* rm1 before rm2, actions in the order of Next:                           *)
(*   1: (w,w)C                                                     1       *)
(*   2: (p,w)C (w,p)C (w,w)D                                       3       *)
(*   3: (p,p)C (p,w)D (w,p)D (w,w)A                                4       *)
(*   4: (p,p)K (p,p)D (p,w)A (w,p)A (a,w)A (w,a)A                  6       *)
(*   5: (k,p)K (p,k)K (p,p)A (p,a)A (a,p)A (a,a)A                  6       *)
(*      (a crash in (p,p)K leads to (p,p)D, already found at 4: a          *)
(*      coordinator without memory cannot tell "down after Decide" from    *)
(*      "down before Decide" -- that is the bug, seen in the numbers)      *)
(*   6: (k,k)K (k,p)D (p,k)D                                       3       *)
(*   7: (k,k)D (k,p)A (p,k)A                                       3       *)
(*   8: (k,k)A, then RMAbort(rm2) in (k,p)A gives (k,a)A: violated 2       *)
(* distinct = 28, depth 8, trace 8 states. Generated = 1 + the successors  *)
(* of levels 1..7 up to the stop: 3 + 7 + 10 + 14 + 9 + 4 + (2 + 1) = 51   *)
(* (in (k,k)D both Recover and Done are enabled: Done only asks that all   *)
(* participants committed).                                                *)
(***************************************************************************)
CONSTANT RM

VARIABLES rmState,   \* rmState[r] \in {"working", "prepared", "committed", "aborted"}
          tmState    \* "collecting", "committed", "aborted" or "down"

vars == <<rmState, tmState>>

Init == /\ rmState = [r \in RM |-> "working"]
        /\ tmState = "collecting"

Prepare(r) == /\ rmState[r] = "working"
              /\ rmState' = [rmState EXCEPT ![r] = "prepared"]
              /\ UNCHANGED tmState

RMCommit(r) == /\ tmState = "committed"
               /\ rmState[r] = "prepared"
               /\ rmState' = [rmState EXCEPT ![r] = "committed"]
               /\ UNCHANGED tmState

RMAbort(r) == /\ tmState = "aborted"
              /\ rmState[r] \in {"working", "prepared"}
              /\ rmState' = [rmState EXCEPT ![r] = "aborted"]
              /\ UNCHANGED tmState

Decide == /\ tmState = "collecting"
          /\ \A r \in RM : rmState[r] = "prepared"
          /\ tmState' = "committed"
          /\ UNCHANGED rmState

\* The coordinator's process dies; its memory (tmState) is lost. (A crash after
\* an abort changes nothing, so it is left out to keep the model small.)
Crash == /\ tmState \in {"collecting", "committed"}
         /\ tmState' = "down"
         /\ UNCHANGED rmState

\* Restarted with no memory of the transaction: presumed abort.
Recover == /\ tmState = "down"
           /\ tmState' = "aborted"
           /\ UNCHANGED rmState

Done == /\ \/ \A r \in RM : rmState[r] = "committed"
           \/ tmState = "aborted" /\ \A r \in RM : rmState[r] = "aborted"
        /\ UNCHANGED vars

Next == \/ \E r \in RM : Prepare(r) \/ RMCommit(r) \/ RMAbort(r)
        \/ Decide \/ Crash \/ Recover
        \/ Done

Spec == Init /\ [][Next]_vars

Consistent == ~(\E r1, r2 \in RM : rmState[r1] = "committed" /\ rmState[r2] = "aborted")
=============================================================================
