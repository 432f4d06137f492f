\* cairn: command=check exit=0
\* TLC passes an operator's arguments unevaluated (Tool.evalAppl: LazyValue), so an
\* argument the body never reads cannot fail: each ASSUME holds although its argument
\* would be an error (division by zero, a missing record field, CHOOSE from {}).
---- MODULE UnusedArgument ----
EXTENDS Integers
One(p) == 1
First(a, b) == a
Pick(c, x) == IF c THEN x ELSE 0
ASSUME One(1 \div 0) = 1
ASSUME First(2, [a |-> 1].b) = 2
ASSUME Pick(FALSE, CHOOSE y \in {} : TRUE) = 0
ASSUME LET Op(q) == 3 IN Op(1 \div 0) = 3
====
