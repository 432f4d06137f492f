---------------------------- MODULE ReplicaFixed ----------------------------
(***************************************************************************)
(* Lesson 9, the fix: the session carries a token.                         *)
(*                                                                         *)
(* The client sends with every read the newest version it knows of, its    *)
(* session token max(wrote, seen). A replica answers only if it has at     *)
(* least that version; a replica that is behind makes the client wait (or  *)
(* try another: here Read(r) is simply not enabled, and the client reads   *)
(* elsewhere or later). The primary can always answer. This is how         *)
(* session consistency is built on asynchronous replicas (causal tokens,   *)
(* "read after LSN"): the guarantee is per session, and costs only the     *)
(* sessions whose replica is behind.                                       *)
(*                                                                         *)
(* Why the numbers (MaxWrites = 2). With one client wrote = p (the         *)
(* primary's version) and a read returns exactly the token: no replica is  *)
(* newer than the primary. So after a read seen = got = ryw = the primary  *)
(* version then, and mr = the previous read's value. A state is (p, b, g,  *)
(* mr) with b, g <= p and mr <= g, all reachable: for each p, (p + 1)      *)
(* values of b times (1 + ... + (p + 1)) pairs (g, mr): 1 + 2 * 3 + 3 * 6  *)
(* = 25. The distance of a state is p + b + the reads it needs (none for   *)
(* g = 0, one if mr = 0 < g, else two): at most 2 + 2 + 2, depth 7.        *)
(* Generated: Read(primary) is always enabled, and exactly one of          *)
(* Replicate (b < p) and Read(backup) (b = p); Write while p < 2. So 3     *)
(* successors in the 7 states with p < 2 and 2 in the 18 others: 1 + 21 +  *)
(* 36 = 58. Both guarantees hold.                                          *)
(***************************************************************************)
EXTENDS Naturals

CONSTANT MaxWrites

VARIABLES version, wrote, seen, got, ryw, mr

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

Token == Max(wrote, seen)

\* Only a replica that has caught up with the session's token answers.
Read(r) == /\ version[r] >= Token
           /\ got' = version[r]
           /\ ryw' = wrote
           /\ mr' = seen
           /\ seen' = Max(seen, version[r])
           /\ UNCHANGED <<version, wrote>>

Next == Write \/ Replicate \/ \E r \in Replicas : Read(r)

Spec == Init /\ [][Next]_vars

ReadYourWrites == got >= ryw
MonotonicReads == got >= mr
=============================================================================
