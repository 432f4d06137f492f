\* Helper of SubexprSelectors (no expectations: not a test of its own).
---- MODULE SubexprInner ----
CONSTANT K, Op(_)
Pair(a) == <<K, Op(a)>>
Lab(a) == {x \in {1} : lab(x) :: <<x, a, K>>}
====
