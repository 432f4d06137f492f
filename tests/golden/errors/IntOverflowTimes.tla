\* cairn: command=check exit=10 result="assumption failure"
\* cairn: stderr~=IntOverflowTimes\.tla:8:8: error:
\* cairn: stderr~=Overflow when computing
\* TLC: integers are Java ints; 2^32 is outside -2^31..2^31-1, so TLC reports
\* "Overflow when computing ..." while evaluating the ASSUME (exit 10).
---- MODULE IntOverflowTimes ----
EXTENDS Integers
ASSUME 65536 * 65536 # 0
====
