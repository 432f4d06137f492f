\* cairn: command=check exit=0 result="success" distinct=0
\* cairn: args="--lib ../../../../shared/corpus/library"
\* The corpus's CommunityModules (whose Graphs.tla says SimplePath, AreConnectedIn and
\* IsStronglyConnected are "overridden by TLC with methods defined in
\* tlc2/overrides/Graphs.java") override them: AreConnectedIn(m, n, G) is reachability
\* (FALSE when m or n is not a node; TRUE when m = n), not the definition's
\* \E p \in Path(G) over {p \in Seq(G.node) : ...}, which cannot be enumerated.
\* Successors and Transpose are the TLA+ definitions. The other ASSUMEs hold in TLC
\* (FiniteSetsExt's MapThenSumSet folds over the set, each element once; Functions'
\* Inverse over an empty T evaluates nothing of f).
---- MODULE CommunityGraphsDefinitions ----
EXTENDS Integers, TLC, Graphs, FiniteSetsExt, Functions
G == [node |-> 1..3, edge |-> {<<1, 2>>}]
ASSUME Successors(G, 1) = {2} /\ Transpose(G) = [node |-> 1..3, edge |-> {<<2, 1>>}]
ASSUME MapThenSumSet(LAMBDA x : x, UNION SUBSET {5, 1}) = 6
ASSUME Quantify(UNION SUBSET {5, 1}, LAMBDA x : TRUE) = 2
ASSUME Inverse([b |-> 7, c |-> TRUE], 2..3, {}) = <<>>
ASSUME AreConnectedIn(1, 3, G) = FALSE /\ AreConnectedIn(1, 2, G) /\ AreConnectedIn(3, 3, G)
ASSUME ~AreConnectedIn(1, 9, G) /\ ~IsStronglyConnected(G) /\ SimplePath(G) = {<<1>>, <<2>>, <<3>>, <<1, 2>>}
====
