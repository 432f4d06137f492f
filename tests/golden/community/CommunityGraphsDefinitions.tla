\* cairn: command=check exit=10 result="assumption failure"
\* cairn: args="--lib ../../../../shared/corpus/library"
\* cairn: stderr~=Graphs\.tla:\d+:\d+: error: Attempted to enumerate
\* TLC's CommunityModules.jar overrides nothing of Graphs (tlc2.overrides.TLCOverrides
\* lists no Graphs class), so TLC evaluates the TLA+ definitions: Successors and Transpose
\* are finite, while AreConnectedIn(m, n, G) == \E p \in Path(G) : ... enumerates
\* {p \in Seq(G.node) : ...}, which fails ("Attempted to enumerate { x \in S : p(x) } when
\* S: Seq(1..3) is not enumerable"). The other ASSUMEs hold in TLC (FiniteSetsExt's
\* MapThenSumSet folds over the set, each element once; Functions' Inverse over an empty
\* T evaluates nothing of f).
---- MODULE CommunityGraphsDefinitions ----
EXTENDS Integers, TLC, Graphs, FiniteSetsExt, Functions
G == [node |-> 1..3, edge |-> {<<1, 2>>}]
ASSUME Successors(G, 1) = {2} /\ Transpose(G) = [node |-> 1..3, edge |-> {<<2, 1>>}]
ASSUME MapThenSumSet(LAMBDA x : x, UNION SUBSET {5, 1}) = 6
ASSUME Quantify(UNION SUBSET {5, 1}, LAMBDA x : TRUE) = 2
ASSUME Inverse([b |-> 7, c |-> TRUE], 2..3, {}) = <<>>
ASSUME AreConnectedIn(1, 3, G) = FALSE
====
