-------------------------------- MODULE Saga --------------------------------
(***************************************************************************)
(* Lesson 5, the buggy design: a compensation that overtakes its step.     *)
(*                                                                         *)
(* A saga books a trip as two local transactions in two services, with no  *)
(* distributed commit: the orchestrator sends "book" to the flight and the *)
(* hotel service at once. If both are booked, the saga commits. If the     *)
(* orchestrator gives up first (a timeout: it cannot tell a slow service   *)
(* from a dead one), it compensates: it sends "cancel" to every service,   *)
(* and when every cancel has been acknowledged the saga is aborted.        *)
(*                                                                         *)
(* The compensation here is the natural one: "undo the booking if there is *)
(* one". But the book request may still be on its way when the cancel      *)
(* arrives. The service finds nothing to undo and acknowledges; then the   *)
(* book request arrives and books. The saga reports "aborted" and the      *)
(* customer holds a flight: the invariant NothingLeftBooked fails.         *)
(*                                                                         *)
(* The model: req[s] / cancel[s] are TRUE while a book / cancel message to *)
(* s is in flight (messages to different services are independent; each    *)
(* service gets at most one of each); svc[s] is the service's own record.  *)
(*                                                                         *)
(* Question: a compensation can run before, during or after its step. What *)
(* must the service remember so that the order does not matter? Fix:       *)
(* SagaFixed.tla.                                                          *)
(*                                                                         *)
(* Why the numbers. A service's local state is (req, svc, cancel); before  *)
(* the timeout it is a = book pending or b = booked; after it, A = both    *)
(* messages pending, B = booked, cancel pending, C = cancel done first     *)
(* (nothing undone), book pending, D = then booked (the bug), E = booked   *)
(* and undone. R/X/K/Ab = running, compensating, committed, aborted; the   *)
(* pair is (flight, hotel); successors in the order of Next, flight first. *)
(*   1: R(a,a)                                                       1     *)
(*   2: R(b,a) R(a,b) X(A,A)                                         3     *)
(*   3: R(b,b) X(B,A) X(A,B) X(C,A) X(A,C)                           5     *)
(*   4: K(b,b) X(B,B) X(E,A) X(B,C) X(C,B) X(A,E) X(D,A) X(C,C)            *)
(*      X(A,D)                                                       9     *)
(*   5: X(E,B) X(B,E) X(E,C) X(B,D) X(D,B) X(C,E) X(D,C) X(C,D)            *)
(*      Ab(C,C) (nothing booked: fine)                               9     *)
(*   6: X(E,E) X(E,D) Ab(E,C) X(D,E) Ab(C,E) X(D,D), then Finish in        *)
(*      X(D,C) gives Ab(D,C): aborted, the flight booked. Stop.      7     *)
(* distinct = 34, depth 6, trace 6: Timeout, cancel flight (no-op), book   *)
(* flight, cancel hotel, Finish. Generated = 1 + 3 + (2+2+4) + (2+3+3+3+3) *)
(* + (1+2+2+2+2+2+2+3+2) + (1+1+2+1+1+2+2) = 1+3+8+14+18+10 = 54.          *)
(***************************************************************************)
VARIABLES saga,    \* the orchestrator: "running", "compensating", "committed", "aborted"
          req,     \* req[s]: the book request to s is in flight
          cancel,  \* cancel[s]: the cancel request to s is in flight
          svc      \* svc[s]: the service's record, "none" or "booked"

vars == <<saga, req, cancel, svc>>

Services == {"flight", "hotel"}

Init == /\ saga = "running"
        /\ req = [s \in Services |-> TRUE]
        /\ cancel = [s \in Services |-> FALSE]
        /\ svc = [s \in Services |-> "none"]

\* Service s receives the book request.
Book(s) == /\ req[s]
           /\ req' = [req EXCEPT ![s] = FALSE]
           /\ svc' = [svc EXCEPT ![s] = "booked"]
           /\ UNCHANGED <<saga, cancel>>

\* Service s receives the cancel request: undo the booking, if any.
Compensate(s) == /\ cancel[s]
                 /\ cancel' = [cancel EXCEPT ![s] = FALSE]
                 /\ svc' = [svc EXCEPT ![s] = "none"]
                 /\ UNCHANGED <<saga, req>>

Commit == /\ saga = "running"
          /\ \A s \in Services : svc[s] = "booked"
          /\ saga' = "committed"
          /\ UNCHANGED <<req, cancel, svc>>

\* The orchestrator gives up and sends every service a cancel.
Timeout == /\ saga = "running"
           /\ saga' = "compensating"
           /\ cancel' = [s \in Services |-> TRUE]
           /\ UNCHANGED <<req, svc>>

\* Every cancel acknowledged: the saga is over.
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

\* An aborted saga leaves nothing behind.
NothingLeftBooked == saga = "aborted" => \A s \in Services : svc[s] # "booked"
=============================================================================
