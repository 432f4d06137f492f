\* cairn: command=check exit=10 result="assumption failure"
\* cairn: args="--lib ../../../../shared/corpus/library"
\* cairn: stderr~=CommunityReduceSetLiteralOp\.tla:11:\d+: error:
\* cairn: stderr~=overridden by the Java method FoldSet
\* FiniteSetsExt!ReduceSet(op, set, acc) == FoldSet(op, acc, set), which TLC overrides in
\* Java (tlc2.overrides.FiniteSetsExt.foldSet): an operator argument whose body is a number
\* literal reaches it as an IntValue, not an OpValue ("Cannot cast"), even over {}.
---- MODULE CommunityReduceSetLiteralOp ----
EXTENDS Integers, TLC, FiniteSetsExt
ASSUME ReduceSet(LAMBDA x, y : x + y, {1, 2}, 0) = 3
ASSUME LET op(x, y) == 3 IN ReduceSet(op, {}, 10) = 10
====
