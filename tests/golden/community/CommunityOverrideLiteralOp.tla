\* cairn: command=check exit=10 result="assumption failure"
\* cairn: args="--lib ../../../../shared/corpus/library"
\* cairn: stderr~=CommunityOverrideLiteralOp\.tla:14:8: error:
\* cairn: stderr~=overridden by the Java method FoldSet
\* TLC passes an operator argument of a Java override (tlc2.overrides.FiniteSetsExt.foldSet)
\* as Tool.evalImplOpArgKind looks it up: an operator whose body is a number or string
\* literal is that value (SymbolNodeValueLookupProvider.lookup returns the body's tool
\* object, set by SpecProcessor.processConstants), and the Java method fails with "Cannot
\* cast tlc2.value.impl.IntValue to tlc2.value.impl.OpValue", even over the empty set.
\* Where TLC evaluates the module's TLA+ definition (Pointwise) the constant is the result.
---- MODULE CommunityOverrideLiteralOp ----
EXTENDS Integers, TLC, FiniteSetsExt, Functions
ASSUME Pointwise(<<1>>, <<>>, LAMBDA x, y : 7) = <<7>>
ASSUME FoldSet(LAMBDA x, y : 100, 0, {}) = 0
====
