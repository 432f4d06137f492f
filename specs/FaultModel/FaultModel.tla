----------------------------- MODULE FaultModel -----------------------------
(***************************************************************************)
(* Lesson 8: a fault model written in TLA+, and a receiver that trusts the *)
(* network.                                                                *)
(*                                                                         *)
(* A sender sends messages 1..N in order over a FIFO channel; a receiver   *)
(* hands each message it receives to the application (delivered). The      *)
(* property is what the application expects: InOrder, delivered is         *)
(* <<1, 2, ...>>: no gap, no duplicate, no reordering.                     *)
(*                                                                         *)
(* The faults are actions, each enabled only if the model names it in the  *)
(* constant Faults, and at most MaxFaults of them happen in a behaviour:   *)
(*     Lose(i)       the network drops the i-th message in flight          *)
(*     Duplicate(i)  it delivers a copy of it too                          *)
(*     Reorder(i)    it swaps the i-th and the (i+1)-th message            *)
(*     Crash         the receiver crashes and restarts (here it has no     *)
(*                   state to lose; see FaultModelFixed.tla)               *)
(* This is how fault-injection tools see a system: Jepsen runs it under a  *)
(* nemesis that partitions, kills and pauses; lineage-driven fault         *)
(* injection asks which combination of at most k faults breaks the         *)
(* outcome. A model checker tries every combination within the bound.      *)
(*                                                                         *)
(* One cfg per fault model: FaultModel.cfg (no faults: InOrder holds),     *)
(* FaultModelLose.cfg, FaultModelDuplicate.cfg, FaultModelReorder.cfg      *)
(* (one fault of that kind: each breaks InOrder its own way, in 5 states). *)
(* Question: which faults can a receiver mask on its own, and which need   *)
(* the sender's help? Fix: FaultModelFixed.tla.                            *)
(*                                                                         *)
(* Why the numbers (N = 2; a state is (sent, chan, delivered, faults)).    *)
(*  - No faults: chan holds the sent messages not yet received, delivered  *)
(*    the received ones, so a state is (sent, received), 0 <= received <=  *)
(*    sent <= 2: 6 states; depth 5 (2 sends, 2 receives); generated = 1 +  *)
(*    1 + 2 + 1 + 1 + 1 + 1 (Done when all is received) = 8.               *)
(*  - Lose, by BFS level: s0 | sent 1 | (2,<<1,2>>) (1,<<>>,<<1>>)         *)
(*    (1,<<>>) lost | (2,<<2>>,<<1>>) (2,<<2>>) lost 1 (2,<<1>>) lost 2 |  *)
(*    (2,<<>>,<<1,2>>) (2,<<>>,<<1>>) lost 2, then receiving 2 in          *)
(*    (2,<<2>>): delivered <<2>>. distinct 1+1+3+3+3 = 11, depth 5,        *)
(*    generated 1+1+3+5+3 = 13.                                            *)
(*  - Duplicate: s0 | sent 1 | (2,<<1,2>>) (1,<<>>,<<1>>) (1,<<1,1>>) |    *)
(*    (2,<<2>>,<<1>>) (2,<<1,1,2>>) (2,<<1,2,2>>) (1,<<1>>,<<1>>) |        *)
(*    (2,<<>>,<<1,2>>) (2,<<2,2>>,<<1>>) (2,<<1,2>>,<<1>>), then the       *)
(*    second 1 is received in (1,<<1>>,<<1>>): delivered <<1,1>>.          *)
(*    distinct 1+1+3+4+4 = 13, depth 5, generated 1+1+3+6+6 = 17.          *)
(*  - Reorder: s0 | sent 1 | (2,<<1,2>>) (1,<<>>,<<1>>) | (2,<<2>>,<<1>>)  *)
(*    (2,<<2,1>>) | (2,<<>>,<<1,2>>), then 2 received first from           *)
(*    <<2,1>>. distinct 1+1+2+2+2 = 8, depth 5, generated 1+1+2+3+2 = 9.   *)
(***************************************************************************)
EXTENDS Naturals, Sequences

CONSTANTS Faults,     \* the faults the environment may inject
          MaxFaults   \* at most this many in one behaviour

VARIABLES sent,       \* messages 1..sent have been sent
          chan,       \* the messages in flight, oldest first
          delivered,  \* what the receiver handed to the application
          faults      \* faults injected so far

vars == <<sent, chan, delivered, faults>>

N == 2

Init == /\ sent = 0
        /\ chan = <<>>
        /\ delivered = <<>>
        /\ faults = 0

Send == /\ sent < N
        /\ sent' = sent + 1
        /\ chan' = Append(chan, sent + 1)
        /\ UNCHANGED <<delivered, faults>>

\* The receiver trusts the network: whatever arrives is delivered.
Receive == /\ chan # <<>>
           /\ chan' = Tail(chan)
           /\ delivered' = Append(delivered, Head(chan))
           /\ UNCHANGED <<sent, faults>>

\* ---- the fault model ----
Fault(kind) == /\ kind \in Faults
               /\ faults < MaxFaults
               /\ faults' = faults + 1

RemoveAt(s, i) == SubSeq(s, 1, i - 1) \o SubSeq(s, i + 1, Len(s))

Lose(i) == /\ Fault("lose")
           /\ chan' = RemoveAt(chan, i)
           /\ UNCHANGED <<sent, delivered>>

Duplicate(i) == /\ Fault("duplicate")
                /\ chan' = SubSeq(chan, 1, i) \o SubSeq(chan, i, Len(chan))
                /\ UNCHANGED <<sent, delivered>>

Reorder(i) == /\ i < Len(chan)
              /\ Fault("reorder")
              /\ chan' = [chan EXCEPT ![i] = chan[i + 1], ![i + 1] = chan[i]]
              /\ UNCHANGED <<sent, delivered>>

Crash == /\ Fault("crash")
         /\ UNCHANGED <<sent, chan, delivered>>

Done == /\ sent = N /\ chan = <<>>
        /\ UNCHANGED vars

Next == \/ Send \/ Receive \/ Crash
        \/ \E i \in 1..Len(chan) : Lose(i) \/ Duplicate(i) \/ Reorder(i)
        \/ Done

Spec == Init /\ [][Next]_vars

InOrder == \A i \in 1..Len(delivered) : delivered[i] = i
=============================================================================
