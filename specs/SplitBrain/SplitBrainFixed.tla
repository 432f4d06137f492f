-------------------------- MODULE SplitBrainFixed --------------------------
(***************************************************************************)
(* Lesson 6, the fix: fencing tokens.                                      *)
(*                                                                         *)
(* The epoch a leader was given is its token, sent with every write. The   *)
(* storage remembers the highest token it has accepted and rejects any     *)
(* write with a smaller one; a rejected leader learns from the rejection   *)
(* that it was replaced and steps down (believes 0). Nothing here depends  *)
(* on timing: the slow leader may wake up whenever it likes. Split brain   *)
(* still happens (add AtMostOneLeader to the cfg: it fails here too), but  *)
(* it can no longer do harm where it matters, at the storage.              *)
(* (A lease, "the leader stops writing when its lease runs out", is the    *)
(* other classic answer; it relies on bounded clock drift and pauses,      *)
(* which is exactly what failed in SplitBrain.tla.)                        *)
(*                                                                         *)
(* Why the numbers (MaxEpoch = 3). Accepted writes never lower high, so    *)
(* last = high always; a state is (epoch, believes[n1], believes[n2],      *)
(* high).                                                                  *)
(*  - epoch 1: (1,1,0,h), h = 0 or 1.                                 2    *)
(*  - epoch 2 (n2 elected): n1 still leader in its eyes, h = 0, 1, 2;      *)
(*    or n1 stepped down, after a rejection, so h = 2.                4    *)
(*  - epoch 3 (only n1 can start it: n2 holds the current epoch):          *)
(*    (3,3,2,h), h = 0..3; or n2 stepped down: (3,3,0,3).             5    *)
(* distinct = 11. Levels 1, 2, 3, 4 and 1: the last is (3,3,0,3), found    *)
(* when n2's write is rejected in (3,3,2,3): depth 5. Generated = 1 + the  *)
(* enabled actions: epoch 1: 2 + 2; epoch 2: 3 + 3 + 3 + 2 (n1 stepped     *)
(* down: no write); epoch 3: 2 * 4 + 1 = 25.                               *)
(***************************************************************************)
EXTENDS Naturals

CONSTANT MaxEpoch

VARIABLES epoch, believes, last, high

vars == <<epoch, believes, last, high>>

Nodes == {"n1", "n2"}

Init == /\ epoch = 1
        /\ believes = [n \in Nodes |-> IF n = "n1" THEN 1 ELSE 0]
        /\ last = 0
        /\ high = 0

\* The storage checks the token: a smaller one than it has seen is refused,
\* and the writer steps down.
Write(n) == /\ believes[n] > 0
            /\ IF believes[n] >= high
                 THEN /\ last' = believes[n]
                      /\ high' = believes[n]
                      /\ UNCHANGED believes
                 ELSE /\ believes' = [believes EXCEPT ![n] = 0]
                      /\ UNCHANGED <<last, high>>
            /\ UNCHANGED epoch

Elect(n) == /\ believes[n] # epoch
            /\ epoch < MaxEpoch
            /\ epoch' = epoch + 1
            /\ believes' = [believes EXCEPT ![n] = epoch + 1]
            /\ UNCHANGED <<last, high>>

Next == \E n \in Nodes : Write(n) \/ Elect(n)

Spec == Init /\ [][Next]_vars

Ordered == last = high

AtMostOneLeader == \A m, n \in Nodes : believes[m] > 0 /\ believes[n] > 0 => m = n
=============================================================================
