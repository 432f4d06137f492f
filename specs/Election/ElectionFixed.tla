---------------------------- MODULE ElectionFixed ----------------------------
(***************************************************************************)
(* Lesson 12, the fix: a quorum is a majority, N \div 2 + 1.               *)
(*                                                                         *)
(* Any two sets of more than N/2 nodes share a node, which votes only once *)
(* per term: at most one leader per term, for every N. For odd N the two   *)
(* definitions agree, so ElectionFixed.cfg (N = 3, MaxTerm = 1) has the    *)
(* same 38 states, depth 5 and 58 generated as Election.cfg (see the       *)
(* derivation there). At N = 6, two terms (ElectionFixedLarge.cfg), `cairn *)
(* check` needs about a minute for its 551,661 states; `cairn simulate`    *)
(* finds no violation in 500 random behaviours -- as it must, since there  *)
(* is none; but that run alone would not have proved it.                   *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS N,        \* the number of nodes
          MaxTerm   \* no term beyond this is explored

VARIABLES term,     \* term[n]: the newest term node n knows
          role,     \* role[n]: "follower", "candidate" or "leader"
          votedFor, \* votedFor[n]: whom n voted for in term[n], 0 if nobody
          votes     \* votes[n]: the nodes that voted for n in term[n]

vars == <<term, role, votedFor, votes>>

Nodes == 1..N

\* A majority: more than half of the nodes. Any two majorities share a node.
Quorum == N \div 2 + 1

Init == /\ term = [n \in Nodes |-> 0]
        /\ role = [n \in Nodes |-> "follower"]
        /\ votedFor = [n \in Nodes |-> 0]
        /\ votes = [n \in Nodes |-> {}]

\* n hears nothing from a leader: it starts an election in the next term.
Timeout(n) == /\ role[n] # "leader"
              /\ term[n] < MaxTerm
              /\ term' = [term EXCEPT ![n] = @ + 1]
              /\ role' = [role EXCEPT ![n] = "candidate"]
              /\ votedFor' = [votedFor EXCEPT ![n] = n]
              /\ votes' = [votes EXCEPT ![n] = {n}]

\* m grants candidate c its vote: c's term is newer, or m has not voted in it.
Vote(m, c) == /\ role[c] = "candidate"
              /\ \/ term[c] > term[m]
                 \/ term[c] = term[m] /\ votedFor[m] = 0
              /\ term' = [term EXCEPT ![m] = term[c]]
              /\ role' = [role EXCEPT ![m] = "follower"]
              /\ votedFor' = [votedFor EXCEPT ![m] = c]
              /\ votes' = [votes EXCEPT ![c] = @ \cup {m}, ![m] = IF m = c THEN @ ELSE {}]

BecomeLeader(c) == /\ role[c] = "candidate"
                   /\ Cardinality(votes[c]) >= Quorum
                   /\ role' = [role EXCEPT ![c] = "leader"]
                   /\ UNCHANGED <<term, votedFor, votes>>

Next == \E n \in Nodes : \/ Timeout(n)
                         \/ BecomeLeader(n)
                         \/ \E c \in Nodes : Vote(n, c)

Spec == Init /\ [][Next]_vars

OneLeaderPerTerm ==
  \A a, b \in Nodes : role[a] = "leader" /\ role[b] = "leader" /\ term[a] = term[b] => a = b
=============================================================================
