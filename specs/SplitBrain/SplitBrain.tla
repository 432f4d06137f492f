----------------------------- MODULE SplitBrain -----------------------------
(***************************************************************************)
(* Lesson 6, the buggy design: a failure detector is only a guess.         *)
(*                                                                         *)
(* A leader writes to a shared storage. A lock service hands out           *)
(* leadership in numbered epochs: n1 leads epoch 1. When a node stops      *)
(* hearing from the leader for a while it suspects it has died and takes   *)
(* over: the service starts the next epoch with the new node as leader.    *)
(* But "no heartbeat for 10 seconds" also happens to a leader that is      *)
(* alive and merely slow (a GC pause, a swapped-out VM, a partition). Such *)
(* a leader does not know it was replaced; when it resumes, it goes on     *)
(* writing. Two nodes now act as leader: split brain.                      *)
(*                                                                         *)
(* The model does not need clocks: a timeout that may fire at any moment   *)
(* is an action that is always enabled (Elect). The storage remembers the  *)
(* epoch of the last write it accepted (last) and the highest one (high),  *)
(* so the invariant Ordered (last = high) says: once a new leader's write  *)
(* has landed, no write of a deposed leader lands after it.                *)
(*                                                                         *)
(* Question: the nodes cannot know who leads "now". Who can refuse the     *)
(* stale write? Fix: SplitBrainFixed.tla (fencing tokens).                 *)
(*                                                                         *)
(* Why the numbers (MaxEpoch = 3; a state is (epoch, believes[n1],         *)
(* believes[n2], last, high); successors in the order Write(n1) Elect(n1)  *)
(* Write(n2) Elect(n2)):                                                   *)
(*   1: (1,1,0,0,0)                                                 1      *)
(*   2: (1,1,0,1,1) (2,1,2,0,0)                                     2      *)
(*   3: (2,1,2,1,1) (3,3,2,0,0) (2,1,2,2,2)                         3      *)
(*   4: (3,3,2,1,1) | (3,3,2,3,3) (3,3,2,2,2) | then Write(n1) in          *)
(*      (2,1,2,2,2): (2,1,2,1,2), the stale write.                  4      *)
(* distinct = 10, depth 4, trace 4: n2 suspects n1 and is elected, n2      *)
(* writes with epoch 2, n1 (still leader in its own eyes) writes with 1.   *)
(* Generated = 1 + 2 + (2 + 3) + (3 + 2 + 1) = 14.                         *)
(***************************************************************************)
EXTENDS Naturals

CONSTANT MaxEpoch   \* elections beyond this are not explored

VARIABLES epoch,    \* the lock service's current epoch
          believes, \* believes[n]: the epoch n thinks it leads, 0 if none
          last,     \* the storage: epoch of the last accepted write (0: none yet)
          high      \* the storage: the highest epoch among accepted writes

vars == <<epoch, believes, last, high>>

Nodes == {"n1", "n2"}
Max(a, b) == IF a > b THEN a ELSE b

Init == /\ epoch = 1
        /\ believes = [n \in Nodes |-> IF n = "n1" THEN 1 ELSE 0]
        /\ last = 0
        /\ high = 0

\* A node that believes it leads writes, tagged with its epoch. The storage
\* accepts everything.
Write(n) == /\ believes[n] > 0
            /\ last' = believes[n]
            /\ high' = Max(high, believes[n])
            /\ UNCHANGED <<epoch, believes>>

\* n's failure detector fires: it suspects the leader and is elected.
Elect(n) == /\ believes[n] # epoch
            /\ epoch < MaxEpoch
            /\ epoch' = epoch + 1
            /\ believes' = [believes EXCEPT ![n] = epoch + 1]
            /\ UNCHANGED <<last, high>>

Next == \E n \in Nodes : Write(n) \/ Elect(n)

Spec == Init /\ [][Next]_vars

Ordered == last = high

\* Fails at once in this design and in the fix: timeouts cannot prevent it.
AtMostOneLeader == \A m, n \in Nodes : believes[m] > 0 /\ believes[n] > 0 => m = n
=============================================================================
