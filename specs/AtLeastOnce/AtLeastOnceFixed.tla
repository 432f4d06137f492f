------------------------- MODULE AtLeastOnceFixed -------------------------
(***************************************************************************)
(* Lesson 7, the fix: an idempotent receiver.                              *)
(*                                                                         *)
(* The client and the network of AtLeastOnce.tla, unchanged: the client    *)
(* still retries, the network still loses. The server now remembers the    *)
(* ids of the requests it has applied (seen) and applies a request only    *)
(* the first time; a repeat is acknowledged again (its first ack may have  *)
(* been lost) but not applied. At-least-once delivery plus an idempotent   *)
(* receiver is what "exactly once" means in practice: the request id is    *)
(* the idempotency key.                                                    *)
(*                                                                         *)
(* Why the numbers (K = 2). total = |seen|, so a state is cur, seen and    *)
(* what is in flight. Request i's possible states:                         *)
(*  - cur = 1: seen {} with request 1 in flight or lost (2); seen {1} with *)
(*    request 1 and its ack each in flight or not (4): 6.                  *)
(*  - cur = 2: request 1 is done, but a retry of it may still be in flight *)
(*    or its late ack be: in msgs, in acks, or neither (not both: a second *)
(*    copy needs a retry, and the client no longer retries 1): 3. Request  *)
(*    2: not applied, in flight or lost (2), or applied, it and its ack    *)
(*    each in flight or not (4): 6. 3 * 6 = 18.                            *)
(*  - cur = 3: each request in msgs, in acks or neither: 3 * 3 = 9.        *)
(* distinct = 6 + 18 + 9 = 33. Depth 9: the farthest state has late acks   *)
(* of both requests in flight after the client finished; it needs Deliver, *)
(* Retry, ReceiveAck, Deliver again for request 1, then for request 2:     *)
(* 8 steps. Generated = 1 + the enabled actions of each state: Retry if    *)
(* cur <= K and cur is not in flight, Deliver and LoseMsg for each request *)
(* in msgs, ReceiveAck and LoseAck for each ack, Done when all is over.    *)
(* cur = 1: 1+2+1+2+3+4 = 13; cur = 2: 4 * 6 for request 1's copies plus   *)
(* 3 * (2+1+4+2+3+1) for request 2's = 24 + 39 = 63; cur = 3: 2 * 4 * 3 +  *)
(* 1 (Done) = 25. 1 + 13 + 63 + 25 = 102.                                  *)
(***************************************************************************)
EXTENDS Naturals

CONSTANT K

VARIABLES cur, msgs, acks, total,
          seen        \* the server: ids of the requests it has applied

vars == <<cur, msgs, acks, total, seen>>

Reqs == 1..K
Issued == IF cur > K THEN K ELSE cur

Init == /\ cur = 1
        /\ msgs = {1}
        /\ acks = {}
        /\ total = 0
        /\ seen = {}

Retry == /\ cur <= K
         /\ cur \notin msgs
         /\ msgs' = msgs \cup {cur}
         /\ UNCHANGED <<cur, acks, total, seen>>

\* Apply the first copy only; acknowledge every copy.
Deliver(i) == /\ i \in msgs
              /\ msgs' = msgs \ {i}
              /\ acks' = acks \cup {i}
              /\ IF i \in seen
                   THEN UNCHANGED <<total, seen>>
                   ELSE /\ total' = total + 1
                        /\ seen' = seen \cup {i}
              /\ UNCHANGED cur

ReceiveAck(i) == /\ i \in acks
                 /\ acks' = acks \ {i}
                 /\ IF i = cur
                      THEN /\ cur' = cur + 1
                           /\ msgs' = IF cur + 1 <= K THEN msgs \cup {cur + 1} ELSE msgs
                      ELSE UNCHANGED <<cur, msgs>>
                 /\ UNCHANGED <<total, seen>>

LoseMsg(i) == /\ i \in msgs
              /\ msgs' = msgs \ {i}
              /\ UNCHANGED <<cur, acks, total, seen>>

LoseAck(i) == /\ i \in acks
              /\ acks' = acks \ {i}
              /\ UNCHANGED <<cur, msgs, total, seen>>

Done == /\ cur > K /\ msgs = {} /\ acks = {}
        /\ UNCHANGED vars

Next == \/ Retry
        \/ \E i \in Reqs : Deliver(i) \/ LoseMsg(i) \/ ReceiveAck(i) \/ LoseAck(i)
        \/ Done

Spec == Init /\ [][Next]_vars

NoDuplicate == total <= Issued
=============================================================================
