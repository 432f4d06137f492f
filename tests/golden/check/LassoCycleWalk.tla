\* cairn: exit=13 result="liveness failure" distinct=75 depth=9 trace_length=6 violation=Prop1
\* cairn: same_stdout="--workers 2"
\* TLC's first possible error model takes the <>[]~ENABLED branch of each SF_vars(Deq(p)),
\* and ~Prop1 = <>[]~AllIdle is another cut; its DFS starts at the initial state, and the
\* SCC it closes first has the initial state as its DFS root (LiveWorker.checkSccs). The
\* cycle (LiveWorker.dfsPostFix) leaves the root by the first step meeting WF_vars(Next)
\* (a Tick) and bfsPostFix returns by the shortest way: Tick steps around tot, back to
\* state 1: 5 states and "Back to state 1", trace_length 6 (TLC -fp 7 and -fp 30 agree;
\* cairn gave 8). From the generated model of seed 101416.
---- MODULE LassoCycleWalk ----
EXTENDS Integers, Sequences, FiniteSets, TLC
CONSTANTS Procs
VARIABLES pc, q, tot
vars == <<pc, q, tot>>

Val == 0..1
Item == [src : Procs, val : Val]
RECURSIVE SumSet(_)
SumSet(S) == IF S = {} THEN 0 ELSE LET e == CHOOSE e \in S : TRUE IN e + SumSet(S \ {e})
RECURSIVE SeqVals(_)
SeqVals(s) == IF s = <<>> THEN 0 ELSE Head(s).val + SeqVals(Tail(s))
Inc(v, m) == IF v >= m THEN 0 ELSE v + 1
Max(S) == CHOOSE x \in S : \A y \in S : x >= y

Init ==
  /\ pc \in [Procs -> {"idle", "wait"}]
  /\ q = <<>>
  /\ tot = 0

Send(p) ==
  /\ pc[p] = "idle"
  /\ Len(q) < 1
  /\ pc' = [pc EXCEPT ![p] = "wait"]
  /\ [o \in Procs |-> 0][p] = 0
  /\ q' = Append(q, [src |-> p, val |-> 0])
  /\ UNCHANGED <<tot>>
Deq(p) ==
  /\ pc[p] # "done"
  /\ pc[p] = "wait"
  /\ q # <<>>
  /\ q' = Tail(q)
  /\ pc' = [pc EXCEPT ![p] = "done"]
  /\ UNCHANGED <<tot>>
Tick ==
  /\ tot' = IF tot < 4 THEN tot + 1 ELSE 0
  /\ UNCHANGED <<pc, q>>
Reset(p) ==
  /\ pc[p] = "done"
  /\ pc' = [pc EXCEPT ![p] = "idle"]
  /\ UNCHANGED <<q, tot>>

Next == (\E p \in Procs : Send(p) \/ Deq(p) \/ Reset(p)) \/ (Tick)
Spec == Init /\ [][Next]_vars /\ (\A p \in Procs : SF_vars(Deq(p))) /\ (WF_vars(Next))
Prop1 == []<>(\A o \in Procs : pc[o] = "idle")
Constr == tot <= 5
====
