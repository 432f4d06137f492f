----------------------------- MODULE SagaFixed -----------------------------
(***************************************************************************)
(* Lesson 5, the fix: a compensation leaves a tombstone.                   *)
(*                                                                         *)
(* The saga of Saga.tla, with one change in the service: a cancel records  *)
(* "cancelled" (whether or not there was a booking to undo), and a book    *)
(* request that arrives for a cancelled trip is refused. Cancel and book   *)
(* now commute: in either order the service ends "cancelled". This is the  *)
(* standard rule for sagas: a compensation must be able to run before its  *)
(* step, and must then stop the step (a semantic lock).                    *)
(*                                                                         *)
(* Why the numbers. After the timeout a service is A (both messages        *)
(* pending), B (booked, cancel pending), C (cancelled, book pending) or E  *)
(* (cancelled, nothing pending): A -> B or C, B -> E, C -> E (the book is  *)
(* refused). So: running 4 (each service a or b), committed 1,             *)
(* compensating 4 * 4 = 16, aborted 2 * 2 = 4 (Finish needs no cancel      *)
(* pending: C or E). distinct = 25. X(u,v) is at level 2 + d(u) + d(v),    *)
(* d = distance from A (A 0, B 1, C 1, E 2); Ab(C,C) at 5, Ab(E,C) Ab(C,E) *)
(* at 6, Ab(E,E) at 7: depth 7 (levels 1, 3, 5, 7, 5, 3, 1). Generated =   *)
(* 1 + running 3+2+2+2 + committed 1 (Done) + compensating 32 (A has 2     *)
(* moves, B and C 1, E none: 2 * 4 * (2+1+1+0)) + 4 (Finish) + aborted 5   *)
(* (Book in C, Done in (E,E)) = 52. NothingLeftBooked holds.               *)
(***************************************************************************)
VARIABLES saga, req, cancel,
          svc      \* svc[s]: "none", "booked" or "cancelled"

vars == <<saga, req, cancel, svc>>

Services == {"flight", "hotel"}

Init == /\ saga = "running"
        /\ req = [s \in Services |-> TRUE]
        /\ cancel = [s \in Services |-> FALSE]
        /\ svc = [s \in Services |-> "none"]

\* A cancelled trip is never booked.
Book(s) == /\ req[s]
           /\ req' = [req EXCEPT ![s] = FALSE]
           /\ svc' = [svc EXCEPT ![s] = IF @ = "cancelled" THEN @ ELSE "booked"]
           /\ UNCHANGED <<saga, cancel>>

\* Undo the booking if there is one, and remember the cancel in any case.
Compensate(s) == /\ cancel[s]
                 /\ cancel' = [cancel EXCEPT ![s] = FALSE]
                 /\ svc' = [svc EXCEPT ![s] = "cancelled"]
                 /\ UNCHANGED <<saga, req>>

Commit == /\ saga = "running"
          /\ \A s \in Services : svc[s] = "booked"
          /\ saga' = "committed"
          /\ UNCHANGED <<req, cancel, svc>>

Timeout == /\ saga = "running"
           /\ saga' = "compensating"
           /\ cancel' = [s \in Services |-> TRUE]
           /\ UNCHANGED <<req, svc>>

Finish == /\ saga = "compensating"
          /\ \A s \in Services : ~cancel[s]
          /\ saga' = "aborted"
          /\ UNCHANGED <<req, cancel, svc>>

Quiet == \A s \in Services : ~req[s] /\ ~cancel[s]

Done == /\ saga \in {"committed", "aborted"}
        /\ Quiet
        /\ UNCHANGED vars

Next == \/ \E s \in Services : Book(s) \/ Compensate(s)
        \/ Commit \/ Timeout \/ Finish
        \/ Done

Spec == Init /\ [][Next]_vars

NothingLeftBooked == saga = "aborted" => \A s \in Services : svc[s] # "booked"
=============================================================================
