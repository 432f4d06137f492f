\* cairn: exit=13 result="liveness failure" distinct=21 depth=5 trace_length=1 violation=Prop1
\* cairn: same_stdout="--workers 2"
\* ~(p ~> q) goes into the tableau: TLC's behaviour graph has nodes (state, tableau node)
\* with the initial states paired with the tableau's initial nodes, no initial pseudo-node
\* (LiveCheck.addInitState). Under the first possible error model (the <>[] branch of each
\* SF_vars(Send(p)): the search is cut to the steps from states where no Send is enabled)
\* TLC's DFS from the initial nodes finds the initial state itself, where Send(o) is
\* disabled and o waits, stuttering: 1 state (TLC -fp 7 and -fp 30 agree; cairn gave 5).
\* From the generated model of seed 101551.
---- MODULE LassoLeadsToStutter ----
EXTENDS Integers, Sequences, FiniteSets, TLC
CONSTANTS Procs
VARIABLES pc, q
vars == <<pc, q>>

Val == 0..2
Item == [src : Procs, val : Val]
RECURSIVE SumSet(_)
SumSet(S) == IF S = {} THEN 0 ELSE LET e == CHOOSE e \in S : TRUE IN e + SumSet(S \ {e})
RECURSIVE SeqVals(_)
SeqVals(s) == IF s = <<>> THEN 0 ELSE Head(s).val + SeqVals(Tail(s))
tri[k \in 0..6] == IF k = 0 THEN 0 ELSE k + tri[k - 1]
Inc(v, m) == IF v >= m THEN 0 ELSE v + 1
Max(S) == CHOOSE x \in S : \A y \in S : x >= y

Init ==
  /\ pc \in [Procs -> {"idle", "wait"}]
  /\ q = <<>>

Send(p) ==
  /\ pc[p] = "idle"
  /\ Len(q) < 3
  /\ pc' = [pc EXCEPT ![p] = "wait"]
  /\ q' = Append(q, [src |-> p, val |-> Len(q) % 3])
Deq(p) ==
  /\ pc[p] = "wait"
  /\ q # <<>>
  /\ q' = Tail(q)
  /\ pc' = [pc EXCEPT ![p] = "done"]
Reset(p) ==
  /\ pc[p] # "done"
  /\ pc[p] = "done"
  /\ pc' = [pc EXCEPT ![p] = "idle"]
  /\ UNCHANGED <<q>>

Next == \E p \in Procs : Send(p) \/ Deq(p) \/ Reset(p)
Spec == Init /\ [][Next]_vars /\ (\A p \in Procs : SF_vars(Send(p))) /\ (\A p \in Procs : WF_vars(Deq(p)))
Prop1 == \A o \in Procs : (pc[o] = "wait") ~> (pc[o] = "idle")
Inv1 == SeqVals(q) <= 2
====
