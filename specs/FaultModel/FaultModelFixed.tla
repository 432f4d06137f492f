-------------------------- MODULE FaultModelFixed --------------------------
(***************************************************************************)
(* Lesson 8, the fix: sequence numbers, and what a crash does to them.     *)
(*                                                                         *)
(* The sender, the channel and the fault model of FaultModel.tla; the      *)
(* receiver now remembers the number of the next message it expects        *)
(* (next) and delivers a message only if it is that one; anything else is  *)
(* dropped. Duplicates and reordered messages are thereby masked, and a    *)
(* lost message only stops progress (recovering it needs the sender to     *)
(* retransmit: that is a liveness question, see ../Livelock).              *)
(*                                                                         *)
(* But next is state, and state can be lost. Crash resets it to 1 unless   *)
(* the constant Durable says it is written to disk. No single fault breaks *)
(* the volatile receiver: a crash alone leaves nothing to re-deliver. Two  *)
(* do: a duplicated message 1, the first copy delivered, a crash, the      *)
(* second copy delivered again (FaultModelFixedCrash.cfg). Bugs that need  *)
(* a combination of faults are why fault injection searches combinations.  *)
(*                                                                         *)
(* Models: FaultModelFixed.cfg (lose, duplicate, reorder; one fault):      *)
(* InOrder holds. FaultModelFixedCrash.cfg (duplicate and a volatile       *)
(* crash; two faults): violated in 6 states. FaultModelFixedDurable.cfg    *)
(* (the same with Durable = TRUE): holds.                                  *)
(*                                                                         *)
(* Why the numbers, FaultModelFixed.cfg (N = 2). delivered = <<1..next-1>> *)
(* so a state is (sent, chan, next, faults). Without a fault: 6 states as  *)
(* in FaultModel.tla. After the one fault, listing them by how they arise: *)
(* from (1,<<1>>,1): lost (1,<<>>,1), duplicated (1,<<1,1>>,1); from       *)
(* (2,<<1,2>>,1): (2,<<2>>,1) (2,<<1>>,1) (2,<<1,1,2>>,1) (2,<<1,2,2>>,1)  *)
(* (2,<<2,1>>,1); from (2,<<2>>,2): (2,<<>>,2) (2,<<2,2>>,2); then by      *)
(* sending and receiving (2,<<>>,1) (1,<<1>>,2) (2,<<1,2>>,2) (1,<<>>,2)   *)
(* (2,<<2>>,2) (2,<<>>,3) (2,<<2>>,3): 16. distinct = 22. Levels           *)
(* 1, 1, 4, 7, 6, 2, 1 (the last, (2,<<>>,3) after a fault, needs 2 sends, *)
(* the fault, a drop and 2 receives): depth 7. Generated = 1 + 16 (the     *)
(* fault-free states: 1, 4, 1, 6, 3, 1 successors) + 18 (after the fault:  *)
(* one Send or Receive or Done each, two in (1,<<1,1>>,1) and              *)
(* (1,<<1>>,2)) = 35.                                                      *)
(*                                                                         *)
(* FaultModelFixedCrash.cfg: the trace is Send, Duplicate(1), Receive,     *)
(* Crash, Receive: 6 states, depth 6. BFS levels 1, 2, 5, 10, 16, and at   *)
(* level 6 the violation is the 14th new state: distinct 48; generated 1 + *)
(* 2 + 6 + 16 + 31 + 28 = 84 (each level's successors, counted one by one  *)
(* in the order of Next).                                                  *)
(*                                                                         *)
(* FaultModelFixedDurable.cfg: a crash only counts as a fault. With no     *)
(* loss or reordering, chan is (next-1)^s next^c ... sent^c' (s stale      *)
(* copies, every later message at least once); the visible extra copies k  *)
(* are duplicates, k <= 2, and crashes fill the budget: each such          *)
(* configuration gives 3 - k states. Configurations (sent, next: k list):  *)
(* (0,1: 0) (1,1: 0 1 2) (1,2: 0 1 2) (2,1: 0 1 1 2 2 2) (2,2: 0 1 2 1 2   *)
(* 2) (2,3: 0 1 2): 3+6+6+10+10+6 = 41 states. A state's distance is       *)
(* sent + next - 1 + faults, at most 2 + 2 + 2: depth 7. Generated = 1 +   *)
(* the enabled actions (Send, Receive, Crash, one Duplicate per message    *)
(* in flight, Done), summed per configuration: 5+19+13+24+20+10 = 92.      *)
(***************************************************************************)
EXTENDS Naturals, Sequences

CONSTANTS Faults, MaxFaults,
          Durable     \* TRUE: the receiver's next survives a crash

VARIABLES sent, chan, delivered, faults,
          next        \* the receiver: the number of the message it expects

vars == <<sent, chan, delivered, faults, next>>

N == 2

Init == /\ sent = 0
        /\ chan = <<>>
        /\ delivered = <<>>
        /\ faults = 0
        /\ next = 1

Send == /\ sent < N
        /\ sent' = sent + 1
        /\ chan' = Append(chan, sent + 1)
        /\ UNCHANGED <<delivered, faults, next>>

\* Deliver the expected message; drop anything else.
Receive == /\ chan # <<>>
           /\ chan' = Tail(chan)
           /\ IF Head(chan) = next
                THEN /\ delivered' = Append(delivered, Head(chan))
                     /\ next' = next + 1
                ELSE UNCHANGED <<delivered, next>>
           /\ UNCHANGED <<sent, faults>>

Fault(kind) == /\ kind \in Faults
               /\ faults < MaxFaults
               /\ faults' = faults + 1

RemoveAt(s, i) == SubSeq(s, 1, i - 1) \o SubSeq(s, i + 1, Len(s))

Lose(i) == /\ Fault("lose")
           /\ chan' = RemoveAt(chan, i)
           /\ UNCHANGED <<sent, delivered, next>>

Duplicate(i) == /\ Fault("duplicate")
                /\ chan' = SubSeq(chan, 1, i) \o SubSeq(chan, i, Len(chan))
                /\ UNCHANGED <<sent, delivered, next>>

Reorder(i) == /\ i < Len(chan)
              /\ Fault("reorder")
              /\ chan' = [chan EXCEPT ![i] = chan[i + 1], ![i + 1] = chan[i]]
              /\ UNCHANGED <<sent, delivered, next>>

\* The receiver restarts; what it kept in memory only is gone.
Crash == /\ Fault("crash")
         /\ next' = IF Durable THEN next ELSE 1
         /\ UNCHANGED <<sent, chan, delivered>>

Done == /\ sent = N /\ chan = <<>>
        /\ UNCHANGED vars

Next == \/ Send \/ Receive \/ Crash
        \/ \E i \in 1..Len(chan) : Lose(i) \/ Duplicate(i) \/ Reorder(i)
        \/ Done

Spec == Init /\ [][Next]_vars

InOrder == \A i \in 1..Len(delivered) : delivered[i] = i
=============================================================================
