----------------------------- MODULE NaiveCommit -----------------------------
(***************************************************************************)
(* Lesson 3: a commit protocol designed only for the happy path -- and its *)
(* deadlock.                                                               *)
(*                                                                         *)
(* A coordinator asks every participant (the set RM, given in the .cfg as  *)
(* model values) to prepare a transaction. A participant either prepares   *)
(* (votes yes) or refuses (votes no, e.g. a constraint failed). When all   *)
(* have prepared, the coordinator decides commit and tells them; they      *)
(* commit. The designer wrote down every step of the successful run and    *)
(* stopped there: there is no abort.                                       *)
(*                                                                         *)
(* What the reader learns:                                                 *)
(*  - Deadlock checking is a free property: without writing any invariant, *)
(*    the model checker reports a reachable state in which nothing can     *)
(*    happen. Here: one participant refused, the other prepared, and the   *)
(*    coordinator waits forever for a unanimous yes. The prepared          *)
(*    participant holds its locks forever.                                 *)
(*  - Termination is not deadlock: when everything has committed the spec  *)
(*    says so explicitly (Done), so a finished run is not reported.        *)
(*  - The fix is a design decision, made before writing code: add an       *)
(*    Abort step for the coordinator (enabled when some participant        *)
(*    refused) and an RMAbort step for participants; re-run the model.     *)
(*                                                                         *)
(* Expected: deadlock (exit 11) after 3 states: both participants vote,    *)
(* one of them no. The fix is NaiveCommitFixed.tla.                        *)
(*                                                                         *)
(* Why the numbers (w/p/f = working/prepared/refused). Level 1: (w,w).     *)
(* Level 2: one vote, (p,w) (f,w) (w,p) (w,f). Level 3: both votes, (p,p)  *)
(* (p,f) (f,p) (f,f) (the four from (w,p) and (w,f) are duplicates).       *)
(* Level 4: (p,p) -> Decide -> (p,p) committed; then (p,f) has no          *)
(* successor at all: deadlock, trace (w,w) (p,w) (p,f). distinct = 1 + 4   *)
(* + 4 + 1 = 10, depth 4 (the committed state was found before the         *)
(* deadlock), generated = 1 + 4 + 4 * 2 + 1 = 14.                          *)
(***************************************************************************)
EXTENDS Naturals

CONSTANT RM                \* the participants ("resource managers")

VARIABLES rmState,         \* rmState[r] \in {"working", "prepared", "refused", "committed"}
          tmState          \* the coordinator: "collecting" or "committed"

vars == <<rmState, tmState>>

Init == /\ rmState = [r \in RM |-> "working"]
        /\ tmState = "collecting"

Prepare(r) == /\ rmState[r] = "working"
              /\ rmState' = [rmState EXCEPT ![r] = "prepared"]
              /\ UNCHANGED tmState

Refuse(r) == /\ rmState[r] = "working"
             /\ rmState' = [rmState EXCEPT ![r] = "refused"]
             /\ UNCHANGED tmState

Decide == /\ tmState = "collecting"
          /\ \A r \in RM : rmState[r] = "prepared"
          /\ tmState' = "committed"
          /\ UNCHANGED rmState

RMCommit(r) == /\ tmState = "committed"
               /\ rmState[r] = "prepared"
               /\ rmState' = [rmState EXCEPT ![r] = "committed"]
               /\ UNCHANGED tmState

Done == /\ \A r \in RM : rmState[r] = "committed"
        /\ UNCHANGED vars

Next == \/ \E r \in RM : Prepare(r) \/ Refuse(r) \/ RMCommit(r)
        \/ Decide
        \/ Done

Spec == Init /\ [][Next]_vars

\* Never both a committed and a refused participant.
Consistent == ~(\E r1, r2 \in RM : rmState[r1] = "committed" /\ rmState[r2] = "refused")
=============================================================================
