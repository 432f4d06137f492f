\* cairn: exit=13 result="liveness failure" distinct=26 depth=6 trace_length=4 violation=Prop1
\* cairn: same_stdout="--workers 2"
\* TLC's counterexample comes from its possible error models (LiveWorker.checkSccs): each
\* SF_vars(Send(p)) is <>[]~ENABLED Send(p) \/ []<>Send(p), and the first model takes the
\* <>[] branch of every SF, so its search is cut to the steps from states where no Send is
\* enabled; ~Prop1 = <>[]~AllDone cuts it further. Its roots are the initial state, then
\* (FIFO) the targets of the cut steps, so the first SCC it finds is the state where all
\* three processes wait (no Send, Bump or Finish enabled), reached by three Sends:
\* stuttering there, 4 states (TLC -fp 7 and -fp 30 agree). cairn's Streett search found
\* another fair SCC first (6 states). From the generated model of seed 100598.
---- MODULE LassoSFBranch ----
EXTENDS Integers, Sequences, FiniteSets, TLC
CONSTANTS Procs
VARIABLES pc, cnt
vars == <<pc, cnt>>

Val == 0..2
RECURSIVE SumSet(_)
SumSet(S) == IF S = {} THEN 0 ELSE LET e == CHOOSE e \in S : TRUE IN e + SumSet(S \ {e})
tri[k \in 0..6] == IF k = 0 THEN 0 ELSE k + tri[k - 1]
Inc(v, m) == IF v >= m THEN 0 ELSE v + 1
Max(S) == CHOOSE x \in S : \A y \in S : x >= y

Init ==
  /\ pc = [o \in Procs |-> "idle"]
  /\ cnt = [o \in Procs |-> 0]

Send(p) ==
  /\ pc[p] = "idle"
  /\ pc' = [pc EXCEPT ![p] = "wait"]
  /\ UNCHANGED cnt
Bump(p) ==
  /\ Cardinality({o \in Procs : pc[o] = "wait"}) < 3
  /\ pc[p] # "idle"
  /\ cnt' = [cnt EXCEPT ![p] = CASE @ = 0 -> 1 [] @ < 1 -> @ + 1 [] OTHER -> 0]
  /\ UNCHANGED pc
Finish ==
  /\ \A o \in Procs : pc[o] = "done"
  /\ UNCHANGED vars

Next == (\E p \in Procs : Send(p) \/ Bump(p)) \/ (Finish)
Spec == Init /\ [][Next]_vars /\ (\A p \in Procs : SF_vars(Send(p))) /\ (\A p \in Procs : WF_vars(Bump(p))) /\ (WF_vars(Next))
Prop1 == []<>(\A o \in Procs : pc[o] = "done")
====
