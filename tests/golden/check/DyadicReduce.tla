\* cairn: command=check exit=0 result="success" distinct=1 depth=1
\* cairn: stderr!~error
\* cairn: stdout~=<<\[num \|-> 0, den \|-> 1\], \[num \|-> 1, den \|-> 4\], \[num \|-> 3, den \|-> 2\]>>
\* DyadicRationals!Reduce is TLC's Java override: gcd by division (ArithmeticUtils.gcd, so
\* gcd(0, 8) = 8 and 0/8 reduces to 0/1, where the TLA+ body would fail on Max({})); the
\* results print normalised, fields in the order the module first names them (num, den):
\* TLC printed this line on this file (and no error).
---------------------------- MODULE DyadicReduce ----------------------------
EXTENDS DyadicRationals, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
ASSUME PrintT(<<Reduce([num |-> 0, den |-> 8]), Reduce([num |-> 1, den |-> 4]),
                Reduce([num |-> 6, den |-> 4])>>)
ASSUME Half([num |-> 1, den |-> 2]) = [num |-> 1, den |-> 4]
ASSUME Reduce([num |-> 12, den |-> 16]) = [num |-> 3, den |-> 4]
=============================================================================
