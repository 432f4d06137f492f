--------------------------- MODULE StarvationWeak ---------------------------
(***************************************************************************)
(* The lock of Starvation.tla with *weak* fairness for each                *)
(* process (WeakSpec: WF_vars(Release(p)) /\ WF_vars(Acquire(p))).         *)
(*                                                                         *)
(* Still starves: while process 1 cycles through the lock, process 2's     *)
(* Acquire is enabled only when the lock is free, i.e. not continuously,   *)
(* so WF promises it nothing. The counterexample's cycle is fair to both   *)
(* processes' WF conditions (process 2's Acquire is disabled in part of    *)
(* the cycle) yet process 2 waits forever. Compare StarvationFair.tla.     *)
(*                                                                         *)
(* Expected: Temporal property NoStarvation was violated (exit 13).        *)
(***************************************************************************)
EXTENDS Starvation
=============================================================================
