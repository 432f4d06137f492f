--------------------------- MODULE StarvationFair ---------------------------
(***************************************************************************)
(* The lock of Starvation.tla, now with strong fairness for                *)
(* each process's Acquire (FairSpec):                                      *)
(*                                                                         *)
(*     \A p \in Procs : WF_vars(Release(p)) /\ SF_vars(Acquire(p))         *)
(*                                                                         *)
(* A waiting process sees the lock free infinitely often (everyone else    *)
(* releases it: WF of Release), so SF promises it infinitely many Acquire  *)
(* steps: NoStarvation holds. The state space is the same as Starvation's; *)
(* fairness only rules out unfair infinite behaviours.                     *)
(*                                                                         *)
(* Expected: no error; 8 distinct states, depth 4.                         *)
(***************************************************************************)
EXTENDS Starvation
=============================================================================
