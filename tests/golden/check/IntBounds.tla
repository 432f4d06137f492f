\* cairn: command=check exit=0 result="success" distinct=0 depth=0 generated=0
\* cairn: stderr!~error
\* TLC's integers are Java ints (-2^31 .. 2^31-1, tlc2.module.Naturals/Integers): results
\* that stay inside the range evaluate, even at its ends (the overflow tests are
\* tests/golden/errors/IntOverflow*.tla).
---- MODULE IntBounds ----
EXTENDS Integers, TLC
ASSUME 2147483647 + 0 = 2147483647
ASSUME -2147483647 - 1 < -2147483647
ASSUME (-2147483647 - 1) + 2147483647 = -1
ASSUME 2^30 + (2^30 - 1) = 2147483647
ASSUME (-2)^31 = -2147483647 - 1
ASSUME 65535 * 32768 = 2147450880
ASSUME (-2147483647 - 1) \div 1 = -2147483647 - 1
ASSUME -(2147483647) = -2147483647
====
