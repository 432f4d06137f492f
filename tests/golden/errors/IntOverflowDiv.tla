\* cairn: command=check exit=10 result="assumption failure"
\* cairn: stderr~=IntOverflowDiv\.tla:8:[89]: error:
\* cairn: stderr~=Overflow when computing
\* TLC: integers are Java ints; 2^31 is outside -2^31..2^31-1, so TLC reports
\* "Overflow when computing ..." while evaluating the ASSUME (exit 10).
---- MODULE IntOverflowDiv ----
EXTENDS Integers
ASSUME (-2147483647 - 1) \div (-1) # 0
====
