---------------------------- MODULE AtLeastOnce ----------------------------
(***************************************************************************)
(* Lesson 7, the buggy design: retries turn "at least once" into "twice".  *)
(*                                                                         *)
(* A client sends K deposit requests, one after the other, to a server     *)
(* over a network that loses messages (requests and acknowledgements).     *)
(* The client cannot tell a lost request from a lost ack or a slow server, *)
(* so it does the only thing it can: when no ack has come back it sends    *)
(* the same request again (Retry: a timeout, which may fire at any time    *)
(* the request is not in flight). Only an ack moves it to the next         *)
(* request. That gives at-least-once delivery: every request is applied    *)
(* at least once. The server applies every request it receives.            *)
(*                                                                         *)
(* The network is a set of messages in flight, msgs (requests) and acks:   *)
(* sending adds the id, delivering or losing removes it.                   *)
(*                                                                         *)
(* The invariant NoDuplicate says the server never applied more requests   *)
(* than the client issued. It fails in 4 states: the request is applied,   *)
(* the client's timeout fires before the ack arrives, the retry is applied *)
(* again: the account is credited twice.                                   *)
(*                                                                         *)
(* Question: the client cannot stop retrying (it would lose requests).     *)
(* What must the server know to make a repeat harmless? Fix:               *)
(* AtLeastOnceFixed.tla.                                                   *)
(*                                                                         *)
(* Why the numbers (K = 2; a state is (cur, msgs, acks, total)):           *)
(*   1: (1,{1},{},0)                                                  1    *)
(*   2: Deliver(1): (1,{},{1},1); LoseMsg(1): (1,{},{},0)             2    *)
(*   3: from (1,{},{1},1): Retry (1,{1},{1},1), ReceiveAck(1) (the         *)
(*      client moves on and sends 2) (2,{2},{},1), LoseAck(1)              *)
(*      (1,{},{},1); from (1,{},{},0): Retry gives the initial state  3    *)
(*   4: Deliver(1) in (1,{1},{1},1): (1,{},{1},2), 2 > 1. Stop.       1    *)
(* distinct = 7, depth 4, trace 4, generated = 1 + 2 + (3 + 1) + 1 = 8.    *)
(***************************************************************************)
EXTENDS Naturals

CONSTANT K            \* the number of requests

VARIABLES cur,        \* the client's current request, K + 1 when all are acked
          msgs,       \* ids of requests in flight
          acks,       \* ids of acks in flight
          total       \* the server: requests applied (the account's balance)

vars == <<cur, msgs, acks, total>>

Reqs == 1..K
Issued == IF cur > K THEN K ELSE cur

Init == /\ cur = 1
        /\ msgs = {1}
        /\ acks = {}
        /\ total = 0

\* The client's timeout: send the current request again.
Retry == /\ cur <= K
         /\ cur \notin msgs
         /\ msgs' = msgs \cup {cur}
         /\ UNCHANGED <<cur, acks, total>>

\* The server applies request i and acknowledges it.
Deliver(i) == /\ i \in msgs
              /\ msgs' = msgs \ {i}
              /\ acks' = acks \cup {i}
              /\ total' = total + 1
              /\ UNCHANGED cur

\* An ack reaches the client; an ack of the current request moves it on.
ReceiveAck(i) == /\ i \in acks
                 /\ acks' = acks \ {i}
                 /\ IF i = cur
                      THEN /\ cur' = cur + 1
                           /\ msgs' = IF cur + 1 <= K THEN msgs \cup {cur + 1} ELSE msgs
                      ELSE UNCHANGED <<cur, msgs>>
                 /\ UNCHANGED total

LoseMsg(i) == /\ i \in msgs
              /\ msgs' = msgs \ {i}
              /\ UNCHANGED <<cur, acks, total>>

LoseAck(i) == /\ i \in acks
              /\ acks' = acks \ {i}
              /\ UNCHANGED <<cur, msgs, total>>

Done == /\ cur > K /\ msgs = {} /\ acks = {}
        /\ UNCHANGED vars

Next == \/ Retry
        \/ \E i \in Reqs : Deliver(i) \/ LoseMsg(i) \/ ReceiveAck(i) \/ LoseAck(i)
        \/ Done

Spec == Init /\ [][Next]_vars

NoDuplicate == total <= Issued
=============================================================================
