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
(* Lesson 2, the fixed design (the buggy one is FlagMutex.tla, which looks *)
(* before it raises its flag).                                             *)
(*                                                                         *)
(* Expected: no error; 26 distinct states, search depth 8, 45 generated.   *)
(* Why. flag[p] is TRUE exactly when pc[p] is not ncs, so a state is       *)
(* (pc[0], pc[1], turn): 5 * 5 * 2 = 50 candidates. Call p "past" when it  *)
(* is at wait, cs or exit (it gave way in this round).                     *)
(*  - Neither past (both at ncs/turn): turn is 0 (initially) or 1 (left by *)
(*    an earlier round of process 0): 4 pairs * 2 = 8 states.              *)
(*  - Only p past: turn = other(p). The other process wrote turn before    *)
(*    p's GiveWay, never after: had it written after, it would have had to *)
(*    pass its own wait with turn = p and p's flag up. 3 * 2 pairs for     *)
(*    each p, one turn each: 12 states.                                    *)
(*  - Both past: 9 pairs less the 4 with both in {cs, exit} (that is       *)
(*    MutualExclusion, extended to exit): (w,w) with either turn, and      *)
(*    (c,w) (e,w) with turn = 0, (w,c) (w,e) with turn = 1 (the one inside *)
(*    got in because the other gave way after it): 6 states.               *)
(* 8 + 12 + 6 = 26. Depth: the farthest state is (turn, turn, turn = 1):   *)
(* process 0 must go round once to leave turn = 1 (5 steps), then both     *)
(* request: 7 steps, 8 states. Generated: each process has one action      *)
(* enabled in each state except a process at wait with the other's flag    *)
(* up and turn = other: (w,turn,1) (w,w,1) (w,c,1) (w,e,1) and their 4     *)
(* mirror images. 26 * 2 - 8 = 44 successors, plus the initial state: 45.  *)
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
