-------------------------- MODULE NaiveCommitFixed --------------------------
(***************************************************************************)
(* Lesson 3, the fix: a commit protocol that can say no.                   *)
(*                                                                         *)
(* NaiveCommit.tla deadlocked when one participant refused: the            *)
(* coordinator waited for a unanimous yes that could never come. Here the  *)
(* coordinator also decides abort as soon as some participant refused, and *)
(* a participant that has not refused follows that decision (RMAbort),     *)
(* whether it is still working or already prepared. This is the core of    *)
(* two-phase commit; ../CoordinatorCrash adds the coordinator's failures.  *)
(*                                                                         *)
(* Why the numbers (RM = {rm1, rm2}; w/p/f/k/a = working, prepared,        *)
(* refused, committed, aborted; the coordinator C/K/A = collecting,        *)
(* committed, aborted):                                                    *)
(*  - C: each participant w, p or f, all 9 pairs reachable.      9         *)
(*  - K: Decide needs (p,p); then each p or k.                   4         *)
(*  - A: Abort needs an f, and f is final; the other one is w,   7         *)
(*    p, f or a (w and p can still move): 4 * 4 pairs less the             *)
(*    9 without an f.                                                      *)
(* distinct = 20. Levels: (w,w)C | 4 states with one vote | the 4 pairs    *)
(* of votes, and (f,w)A (w,f)A | (p,p)K, (p,f)A (f,p)A (f,f)A, (f,a)A      *)
(* (a,f)A | (k,p)K (p,k)K | (k,k)K: 1+4+6+6+2+1 = 20, depth 6.             *)
(* Generated = 1 + the successors of each level: 4 | 2+3+2+3 (a state      *)
(* with an f can also Abort) | 1+1+1+2+3+3 | 2+1+1+1+1+1 (Done's           *)
(* self-loop in the final states) | 1+1 | 1 = 1+4+10+11+7+2+1 = 36. Note   *)
(* the 2 for Abort in (f,f)C: the \E r in Abort has two witnesses, and     *)
(* each one yields a successor (the same state twice, counted twice).      *)
(* No deadlock, and Consistent holds: expected result success.             *)
(***************************************************************************)
EXTENDS Naturals

CONSTANT RM

VARIABLES rmState, tmState

vars == <<rmState, tmState>>

Init == /\ rmState = [r \in RM |-> "working"]
        /\ tmState = "collecting"

Prepare(r) == /\ rmState[r] = "working"
              /\ rmState' = [rmState EXCEPT ![r] = "prepared"]
              /\ UNCHANGED tmState

Refuse(r) == /\ rmState[r] = "working"
             /\ rmState' = [rmState EXCEPT ![r] = "refused"]
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

Abort == /\ tmState = "collecting"
         /\ \E r \in RM : rmState[r] = "refused"
         /\ tmState' = "aborted"
         /\ UNCHANGED rmState

\* Finished: everyone committed, or the coordinator aborted and nobody can still move.
Done == /\ \/ \A r \in RM : rmState[r] = "committed"
           \/ tmState = "aborted" /\ \A r \in RM : rmState[r] \in {"refused", "aborted"}
        /\ UNCHANGED vars

Next == \/ \E r \in RM : Prepare(r) \/ Refuse(r) \/ RMCommit(r) \/ RMAbort(r)
        \/ Decide
        \/ Abort
        \/ Done

Spec == Init /\ [][Next]_vars

\* Never one participant committed while another refused or aborted.
Consistent == ~(\E r1, r2 \in RM : rmState[r1] = "committed"
                                  /\ rmState[r2] \in {"refused", "aborted"})
=============================================================================
