\* cairn: command=check exit=10 result="assumption failure"
\* cairn: args="--lib ../../../../shared/corpus/library"
\* cairn: stderr~=CommunityOverrideBuiltinOp\.tla:16:8: error:
\* cairn: stderr~=built-in operator of the language
\* A built-in operator of the language (\cup, /\, \/, =, ...: no definition in any module)
\* passed to an operator TLC overrides in Java (tlc2.overrides.SequencesExt.foldSeq) is an
\* OpValue TLC cannot apply there: each application fails ("Cannot invoke
\* SemanticNode.getKind()"), so only an empty fold succeeds. An operator defined in a
\* standard module (+, \o) works, and so does \cup where TLC evaluates the TLA+ definition.
---- MODULE CommunityOverrideBuiltinOp ----
EXTENDS Integers, Sequences, TLC, SequencesExt, FiniteSetsExt, Folds
ASSUME FoldSeq(\cup, {}, <<>>) = {}
ASSUME FoldSet(+, 0, {1, 2}) = 3 /\ FoldSeq(\o, <<>>, <<<<1>>, <<2>>>>) = <<2, 1>>
ASSUME MapThenFoldSet(\cup, {}, LAMBDA x : {x}, LAMBDA s : CHOOSE x \in s : TRUE, {1, 2}) = {1, 2}
ASSUME FoldSet(\/, FALSE, {}) = FALSE
ASSUME FoldSeq(\cup, {}, <<{1}>>) = {1}
====
