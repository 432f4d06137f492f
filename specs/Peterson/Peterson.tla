------------------------------ MODULE Peterson ------------------------------
(***************************************************************************)
(* Peterson's mutual-exclusion protocol for two processes, 0 and 1.        *)
(*                                                                         *)
(* Each process loops forever through this program (one atomic step per    *)
(* line; `other` is 1 - self):                                             *)
(*                                                                         *)
(*     ncs:    flag[self] := TRUE            \* "I want to enter"          *)
(*     turn:   turn := other                 \* "but you go first"         *)
(*     wait:   await ~flag[other] \/ turn = self                           *)
(*     cs:     skip                          \* the critical section       *)
(*     exit:   flag[self] := FALSE                                         *)
(*                                                                         *)
(* What the reader learns:                                                 *)
(*  - A protocol is designed against a property, here MutualExclusion:     *)
(*    the two processes are never both in the critical section. The model  *)
(*    checker tries every interleaving of the steps, so the claim is       *)
(*    checked, not argued.                                                 *)
(*  - Each ingredient matters. Try deleting the `turn` step (go from ncs   *)
(*    straight to wait with turn unchanged) or swapping the order of the   *)
(*    first two steps: the invariant fails and the checker prints the      *)
(*    interleaving that breaks it.                                         *)
(*  - The spec has no deadlock: in every reachable state some process can  *)
(*    move, which the checker verifies too (deadlock checking is on).      *)
(*                                                                         *)
(* Expected: no error; 26 distinct states, search depth 8.                 *)
(***************************************************************************)
EXTENDS Naturals

VARIABLES flag,   \* flag[p]: process p wants to enter
          turn,   \* who yields: the process that wrote turn last let the other go
          pc      \* pc[p]: the next line process p will execute

vars == <<flag, turn, pc>>

Procs == {0, 1}
Other(p) == 1 - p

Init == /\ flag = [p \in Procs |-> FALSE]
        /\ turn = 0
        /\ pc = [p \in Procs |-> "ncs"]

\* Moves process p from line `from` to line `to`.
Goto(p, from, to) == /\ pc[p] = from
                     /\ pc' = [pc EXCEPT ![p] = to]

RequestEntry(p) == /\ Goto(p, "ncs", "turn")
                   /\ flag' = [flag EXCEPT ![p] = TRUE]
                   /\ UNCHANGED turn

GiveWay(p) == /\ Goto(p, "turn", "wait")
              /\ turn' = Other(p)
              /\ UNCHANGED flag

Enter(p) == /\ pc[p] = "wait"
            /\ \/ flag[Other(p)] = FALSE
               \/ turn = p
            /\ Goto(p, "wait", "cs")
            /\ UNCHANGED <<flag, turn>>

Leave(p) == /\ Goto(p, "cs", "exit")
            /\ UNCHANGED <<flag, turn>>

Release(p) == /\ Goto(p, "exit", "ncs")
              /\ flag' = [flag EXCEPT ![p] = FALSE]
              /\ UNCHANGED turn

Proc(p) == \/ RequestEntry(p)
           \/ GiveWay(p)
           \/ Enter(p)
           \/ Leave(p)
           \/ Release(p)

Next == \E p \in Procs : Proc(p)

Spec == Init /\ [][Next]_vars

TypeOK == /\ \A p \in Procs : flag[p] \in BOOLEAN
          /\ turn \in Procs
          /\ \A p \in Procs : pc[p] \in {"ncs", "turn", "wait", "cs", "exit"}

MutualExclusion == ~(pc[0] = "cs" /\ pc[1] = "cs")
=============================================================================
