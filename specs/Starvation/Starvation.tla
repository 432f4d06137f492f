----------------------------- MODULE Starvation -----------------------------
(***************************************************************************)
(* Lesson 10, the buggy design: a lock that lets a process starve. The     *)
(* fixes are StarvationFair.tla (and, one that is not enough,              *)
(* StarvationWeak.tla): same module, other fairness conditions.            *)
(*                                                                         *)
(* A lock shared by N processes. Each process loops forever:               *)
(*                                                                         *)
(*     idle:     request the lock                 (Request)                *)
(*     waiting:  when the lock is free, take it   (Acquire)                *)
(*     critical: give the lock back               (Release)                *)
(*                                                                         *)
(* What the reader learns:                                                 *)
(*  - Safety is not enough. MutualExclusion holds in every reachable       *)
(*    state, yet a waiting process may never get the lock: the others can  *)
(*    keep taking it first. NoStarvation is a liveness property ("every    *)
(*    waiting process eventually enters"); its counterexample is not a     *)
(*    finite path but an infinite behaviour, printed as a lasso: a prefix, *)
(*    then a cycle that repeats forever ("Back to state k").               *)
(*  - Without fairness a behaviour may also just stop: the spec allows     *)
(*    stuttering forever, printed as "State k: Stuttering".                *)
(*  - Spec below only asks for weak fairness of the whole system           *)
(*    (WF_vars(Next): the system as a whole does not stop). That is not    *)
(*    enough: process 1 can keep requesting and acquiring while process 2  *)
(*    waits, and the checker reports that cycle.                           *)
(*  - Weak fairness of Acquire(p) is not enough either: Acquire(p) is only *)
(*    enabled when the lock is free, so it is not *continuously* enabled,  *)
(*    which is what WF demands before it promises a step. Strong fairness  *)
(*    (enabled infinitely often => taken infinitely often) is needed: see  *)
(*    StarvationFair.tla, where FairSpec adds SF_vars(Acquire(p)) and the  *)
(*    property holds.                                                      *)
(*                                                                         *)
(* Expected: Temporal property NoStarvation was violated (exit 13); the    *)
(* safety search finds 8 distinct states, depth 4.                         *)
(*                                                                         *)
(* Why these numbers (N = 2; i/w/c = idle/waiting/critical, the lock       *)
(* follows from pc): the states are the 3 * 3 pairs of pc values except    *)
(* (c, c), so 8, all reachable. BFS levels: (i,i) | (w,i) (i,w) |          *)
(* (c,i) (w,w) (i,c) | (c,w) (w,c): depth 4. Generated = 1 initial state   *)
(* + 2 successors for each of the first six states + 1 for (c,w) and       *)
(* (w,c) (the waiting process cannot acquire the held lock) = 15. The      *)
(* lasso: (w,w) -> (c,w) -> (i,w) -> (w,w) keeps process 2 waiting while   *)
(* Next is taken forever (WF_vars(Next) holds); Acquire(2) is disabled in  *)
(* (c,w), so WF_vars(Acquire(2)) holds on it too (StarvationWeak), and     *)
(* only SF_vars(Acquire(2)) rules it out (StarvationFair: it holds).       *)
(***************************************************************************)
EXTENDS Naturals

CONSTANT N
VARIABLES pc,    \* pc[p] \in {"idle", "waiting", "critical"}
          lock   \* 0 when free, else the process holding it

Procs == 1..N
vars == <<pc, lock>>

Init == /\ pc = [p \in Procs |-> "idle"]
        /\ lock = 0

Request(p) == /\ pc[p] = "idle"
              /\ pc' = [pc EXCEPT ![p] = "waiting"]
              /\ UNCHANGED lock

Acquire(p) == /\ pc[p] = "waiting"
              /\ lock = 0
              /\ lock' = p
              /\ pc' = [pc EXCEPT ![p] = "critical"]

Release(p) == /\ pc[p] = "critical"
              /\ lock' = 0
              /\ pc' = [pc EXCEPT ![p] = "idle"]

Next == \E p \in Procs : Request(p) \/ Acquire(p) \/ Release(p)

\* The system as a whole keeps moving, but nobody in particular is promised a turn.
Spec == Init /\ [][Next]_vars /\ WF_vars(Next)

\* Weak fairness per process: still starves (Acquire is not continuously enabled).
WeakSpec == /\ Init /\ [][Next]_vars
            /\ \A p \in Procs : WF_vars(Release(p)) /\ WF_vars(Acquire(p))

\* Strong fairness for Acquire: no starvation (see StarvationFair.tla).
FairSpec == /\ Init /\ [][Next]_vars
            /\ \A p \in Procs : WF_vars(Release(p)) /\ SF_vars(Acquire(p))

TypeOK == /\ pc \in [Procs -> {"idle", "waiting", "critical"}]
          /\ lock \in Procs \cup {0}

MutualExclusion == \A p, q \in Procs : pc[p] = "critical" /\ pc[q] = "critical" => p = q

LockHeld == lock # 0 <=> \E p \in Procs : pc[p] = "critical"

NoStarvation == \A p \in Procs : pc[p] = "waiting" ~> pc[p] = "critical"
=============================================================================
