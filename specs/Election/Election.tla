------------------------------ MODULE Election ------------------------------
(***************************************************************************)
(* Lesson 12: a bug that only lives at the size that matters, found by     *)
(* simulation (property-based testing) instead of exhaustive checking.     *)
(*                                                                         *)
(* Leader election with terms, in the style of Raft, without messages: a   *)
(* node that hears from no leader times out, starts a new term as a        *)
(* candidate and votes for itself; a node votes at most once per term;     *)
(* a candidate with a quorum of votes becomes leader. OneLeaderPerTerm is  *)
(* the whole point of quorums: two quorums always share a node, and that   *)
(* node votes only once per term.                                          *)
(*                                                                         *)
(* The quorum is written (N + 1) \div 2, "half, rounded up". For N = 3 or  *)
(* 5 that is a majority; for even N it is exactly half, and two disjoint   *)
(* halves can elect two leaders in the same term. So every odd-sized       *)
(* model passes: Election.cfg (N = 3, one term) checks all 38 states and   *)
(* finds nothing, and N = 5 with three terms (540,000 states) finds        *)
(* nothing either. The deployment has 6 nodes. With two terms that model   *)
(* has 550,000 states for the fixed design (about a minute of exhaustive   *)
(* checking, for every change you try), with three terms over 1.6 million  *)
(* (found or queued after a minute, when the search was stopped).          *)
(*                                                                         *)
(* `cairn simulate` (ElectionLarge.cfg: N = 6, MaxTerm = 2) walks random   *)
(* behaviours of the full-size model instead, checking the invariant in    *)
(* every state, like a property-based test, in a fraction of a second. It  *)
(* finds two leaders in one term within its first few behaviours, and      *)
(* shrinks the trace to 9 states: two timeouts, two more                   *)
(* votes for each candidate, two BecomeLeader steps. 9 is the shortest     *)
(* possible: each leader needs 3 votes (its own and two others), so 2 + 4  *)
(* + 2 = 8 steps after the initial state. Shrinking is a heuristic, not a  *)
(* search for the minimum: other seeds stop at 11 states (a detour through *)
(* term 2 that it does not undo). And a simulation that finds nothing      *)
(* proves nothing: it is a test, not a proof.                              *)
(*                                                                         *)
(* Question: which small models would have caught the bug, and how would   *)
(* you have known to pick them? Fix: ElectionFixed.tla.                    *)
(*                                                                         *)
(* Why the numbers of Election.cfg (N = 3, MaxTerm = 1, quorum 2). In one  *)
(* term a node either is still in term 0, or voted for itself (a           *)
(* candidate, or a leader if it had 2 votes), or voted for a candidate.    *)
(* Votes go only to candidates, so leaders get no more. With S the         *)
(* self-voters: S empty: 1 state; |S| = 1: the other two each vote for it  *)
(* or not (4), and with 2 or 3 votes it may be leader: 1 + 3 * 2 = 7,      *)
(* times 3 = 21; |S| = 2: the third node votes for one of them (which may  *)
(* then lead: 2 + 2) or not (1): 5, times 3 = 15; |S| = 3: 1. distinct =   *)
(* 38. A state's distance is its number of timeouts, votes and             *)
(* BecomeLeader steps, at most 4: depth 5. Generated: in each state the    *)
(* nodes in term 0 can time out or vote for each candidate, and each       *)
(* candidate with 2 votes can lead: 3 + 3 * 13 + 3 * 5 + 0 = 57 successors *)
(* (13: 4 + 2 * 4 + 1 over the 7 states with one candidate c; 5: 3 + 1 +   *)
(* 1), plus the initial state: 58. Two leaders would need 4 votes of 3.    *)
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

\* The bug: half of N, rounded up, is a majority only when N is odd.
Quorum == (N + 1) \div 2

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
