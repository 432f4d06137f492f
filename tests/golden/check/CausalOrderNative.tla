\* cairn: command=check exit=0 result="success" distinct=1
\* cairn: stderr!~error
\* VectorClocks.CausalOrder as TLC's Java computes it: lines grouped by node and sorted by
\* the node's own clock entry; a line's parent is, for each other node, the line whose clock
\* value it is the first to see; the DAG is emptied root by root, one line per node a round.
\* Here b's line L1 has seen a's first line L2, and a's L3 has seen L1: L2 is the only root,
\* then L1, then L3 (its parent L1 is gone) and L4, in either order of the nodes.
\* A log already in order stays as it is.
---- MODULE CausalOrderNative ----
EXTENDS Naturals, Sequences, VectorClocks
VARIABLE x
L1 == [n |-> "b", vc |-> [a |-> 1, b |-> 1]]
L2 == [n |-> "a", vc |-> [a |-> 1]]
L3 == [n |-> "a", vc |-> [a |-> 2, b |-> 1]]
L4 == [n |-> "b", vc |-> [a |-> 1, b |-> 2]]
Sorted(log) == CausalOrder(log, LAMBDA l : l.vc, LAMBDA l : l.n, LAMBDA vc : DOMAIN vc)
ASSUME Sorted(<<L1, L2, L3, L4>>) = <<L2, L1, L3, L4>>
ASSUME Sorted(<<L4, L3, L2, L1>>) = <<L2, L1, L3, L4>>
ASSUME Sorted(<<L2, L1, L3, L4>>) = <<L2, L1, L3, L4>>
Init == x = 0
Next == UNCHANGED x
====
