\* cairn: command=check exit=0
\* cairn: stdout~=^\{<<1, 2, 3>>, <<1, 3, 2>>, <<2, 1, 3>>, <<2, 3, 1>>, <<3, 1, 2>>, <<3, 2, 1>>\}$
\* A set filter over [1..3 -> S] stays lazy (its domain is a lazy function set) and keeps
\* the LAMBDA passed to SetToSeqs, which reads `set`, a parameter of SetToDistSeqs: the
\* lazy set outlives both calls, so its captured frames must own that LAMBDA's frame too.
\* The distinct sequences of {1,2,3} are its 3! = 6 permutations, printed expanded (as
\* TLC prints a UNION and a filter), in TLC's order for tuples (element-wise).
---- MODULE LazyClosureCapture ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
SeqToSet(seq) == {seq[i] : i \in 1..Len(seq)}
SetToSeqs(set, Filter(_)) == UNION {{perm \in [1..Cardinality(set) -> set] : Filter(perm)}}
SetToDistSeqs(set) == SetToSeqs(set, LAMBDA p : Cardinality(SeqToSet(p)) = Cardinality(set))
ASSUME PrintT(SetToDistSeqs({1, 2, 3}))
ASSUME Cardinality(SetToDistSeqs({1, 2, 3, 4})) = 24
ASSUME \A s \in SetToDistSeqs({1, 2}) : Len(s) = 2 /\ s[1] # s[2]
ASSUME SetToDistSeqs({7}) = {<<7>>}
====
