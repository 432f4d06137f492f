\* cairn: command=check exit=10 result="assumption failure"
\* cairn: args="--lib ../../../../shared/corpus/library"
\* cairn: stderr~=CommunityAntiFunctionNotInjective\.tla:11:\d+: error:
\* cairn: stderr~=occurs multiple times in the function domain
\* tlc2.overrides.Functions.antiFunction builds the function from f's values to its
\* arguments and normalizes it: a value f takes twice fails ("FALSE occurs multiple times
\* in the function domain."), where the TLA+ Inverse would CHOOSE one argument.
---- MODULE CommunityAntiFunctionNotInjective ----
EXTENDS Integers, TLC, Functions
ASSUME AntiFunction(<<3, 4>>) = (3 :> 1 @@ 4 :> 2)
ASSUME AntiFunction([v \in {0, 7} |-> FALSE]) = (FALSE :> 0)
====
