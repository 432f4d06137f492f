--------------------------- MODULE DyadicRationals ---------------------------
\* Helper of DyadicReduce.tla: a module named as the community module, so that TLC's Java
\* override of Reduce (tlc2.overrides.DyadicRationals.reduce) and cairn's native apply.
\* The TLA+ body below finds the gcd by search; Max({}) makes it fail on a zero numerator,
\* where the override divides by gcd(0, den) = den.
EXTENDS Naturals
LOCAL Divisors(q) == {d \in 1..q : \E e \in 1..q : q = d * e}
LOCAL Max(S) == CHOOSE m \in S : \A x \in S : x <= m
LOCAL GCD(n, m) == Max(Divisors(n) \cap Divisors(m))
Reduce(p) == LET g == GCD(p.num, p.den)
             IN IF g = 1 THEN p ELSE [num |-> p.num \div g, den |-> p.den \div g]
Half(p) == Reduce([num |-> p.num, den |-> p.den * 2])
=============================================================================
