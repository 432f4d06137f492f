\* cairn: command=check exit=0 result="success" distinct=0
\* cairn: args="--lib ../../../../shared/corpus/library"
\* cairn: stderr!~error
\* An operator parameter bound to a LAMBDA or LET operator gets its arguments as TLC's
\* getOpContext passes them, as LazyValues: an argument the body never reads is never
\* evaluated, so it cannot fail (TLC: each ASSUME holds). The community modules are read
\* from ../shared/corpus/library (the CommunityModules' texts).
---- MODULE CommunityLazyOpArgs ----
EXTENDS Integers, Sequences, TLC, Functions, Folds
\* Functions!Pointwise == [e \in DOMAIN f |-> T(f[e], g[e])]: g[2] is outside g's domain.
ASSUME Pointwise([v \in {2} |-> "ab"], (0 :> "b"), LAMBDA x, y : x) = (2 :> "ab")
LET2(x, y) == x
ASSUME Pointwise(<<1, 2>>, <<3>>, LET2) = <<1, 2>>
ASSUME LET op(a, b) == b IN Pointwise(<<1, 2>>, <<3, 4>>, op) = <<3, 4>>
====
