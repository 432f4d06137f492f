------------------------------- MODULE Replica -------------------------------
(***************************************************************************)
(* Lesson 9, the buggy design: reading from any replica.                   *)
(*                                                                         *)
(* A register is kept on a primary and on a backup. Writes go to the       *)
(* primary, which streams them to the backup asynchronously (Replicate     *)
(* applies the next one). Reads are spread by a load balancer over both    *)
(* replicas: a read returns whatever that replica holds. A version number  *)
(* stands for the value (version k is the k-th write).                     *)
(*                                                                         *)
(* One client uses the register. Users expect two session guarantees:      *)
(*  - ReadYourWrites: a read returns my last write or something newer.     *)
(*  - MonotonicReads: a read never returns something older than what an    *)
(*    earlier read returned ("time does not go backwards").                *)
(* A read records, besides the result (got), what the session knew when it *)
(* was issued: ryw = the client's last write, mr = the newest value read   *)
(* before. So both guarantees are state invariants: got >= ryw, got >= mr. *)
(*                                                                         *)
(* Both fail. Replica.cfg checks ReadYourWrites: write, then read the      *)
(* backup, which has not received the write: 3 states.                     *)
(* ReplicaMonotonic.cfg checks MonotonicReads: write, read the primary     *)
(* (new), read the backup (old): 4 states.                                 *)
(*                                                                         *)
(* Question: the backup cannot know what this client has seen -- unless    *)
(* the client tells it. What would the client send, and what does a        *)
(* replica do with it? Fix: ReplicaFixed.tla.                              *)
(*                                                                         *)
(* Why the numbers (MaxWrites = 2; a state is (p, b, seen, got, ryw, mr),  *)
(* p and b the replicas' versions; successors in the order Write,          *)
(* Replicate, Read(primary), Read(backup)).                                *)
(*  Replica.cfg: level 1: all 0; its two reads return 0 and change         *)
(*  nothing (duplicates). Level 2: (1,0,0,0,0,0). Level 3: Write, then     *)
(*  Replicate, then Read(primary) give new states, then Read(backup):      *)
(*  got 0 < ryw 1. distinct 1 + 1 + 4 = 6, depth 3, generated 1 + 3 + 4 =  *)
(*  8.                                                                     *)
(*  ReplicaMonotonic.cfg: the same levels 1 and 2; level 3 now has all 4   *)
(*  (the stale read is no violation of MonotonicReads: nothing was read    *)
(*  before); level 4, from (2,0,...): 3 new; from (1,1,...): 1 new (the    *)
(*  two reads give the same state); from (1,0,1,1,1,0), the state after    *)
(*  reading 1 from the primary: Write and Read(primary) are new, Replicate *)
(*  a duplicate, and Read(backup) returns 0 < mr 1. distinct 1 + 1 + 4 +   *)
(*  7 = 13, depth 4, generated 1 + 3 + 4 + (3 + 3 + 4) = 18 (in (1,1,...)  *)
(*  Replicate is disabled: the backup has caught up).                      *)
(***************************************************************************)
EXTENDS Naturals

CONSTANT MaxWrites

VARIABLES version,  \* version[r]: the newest write replica r holds
          wrote,    \* the client: its last write
          seen,     \* the client: the newest value it has read
          got,      \* the result of the client's last read
          ryw,      \* wrote, when that read was issued
          mr        \* seen, when that read was issued

vars == <<version, wrote, seen, got, ryw, mr>>

Replicas == {"primary", "backup"}
Max(a, b) == IF a > b THEN a ELSE b

Init == /\ version = [r \in Replicas |-> 0]
        /\ wrote = 0 /\ seen = 0 /\ got = 0 /\ ryw = 0 /\ mr = 0

Write == /\ version["primary"] < MaxWrites
         /\ version' = [version EXCEPT !["primary"] = @ + 1]
         /\ wrote' = version["primary"] + 1
         /\ UNCHANGED <<seen, got, ryw, mr>>

Replicate == /\ version["backup"] < version["primary"]
             /\ version' = [version EXCEPT !["backup"] = @ + 1]
             /\ UNCHANGED <<wrote, seen, got, ryw, mr>>

\* The naive read path: any replica answers with what it has.
Read(r) == /\ got' = version[r]
           /\ ryw' = wrote
           /\ mr' = seen
           /\ seen' = Max(seen, version[r])
           /\ UNCHANGED <<version, wrote>>

Next == Write \/ Replicate \/ \E r \in Replicas : Read(r)

Spec == Init /\ [][Next]_vars

ReadYourWrites == got >= ryw
MonotonicReads == got >= mr
=============================================================================
