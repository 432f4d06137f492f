\* cairn: command=check exit=0 result="success" distinct=3 depth=3 generated=4
\* cairn: stderr!~error
\* SPECIFICATION ISpec where ISpec == IM(y)!Spec, IM a parameterised instance: as TLC's
\* SpecProcessor, the initial predicate, next-state relation and fairness are found
\* through the definitions applied to arguments (c <- y). y cycles 0 -> 1 -> 2 -> 0:
\* 3 states, 3 BFS levels, 1 initial + 3 successors generated. The property []<>(y = 0)
\* holds only with the instance's WF_c(Next) (without it, stuttering at 1 violates it).
---- MODULE ParamInstanceSpec ----
EXTENDS Naturals
VARIABLE y
IM(v) == INSTANCE ParamCounter WITH c <- v
ISpec == IM(y)!Spec
Live == IM(y)!Returns
TypeOK == y \in 0..2
====
