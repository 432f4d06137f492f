\* cairn: command=check exit=0 result="success"
\* With only Naturals (no Integers), TLC's \div is tlc2.module.Naturals.Divide: q = n1 / n2 (Java,
\* truncating), then q-- only if q < 0 and inexact. So (0-1) \div 2 = 0 (q = 0 is not negative),
\* while (0-7) \div 2 = -4 and 7 \div (0-2) = -4 (notes §9). % is the same as under Integers.
\* (Unary minus is not defined by Naturals, hence 0 - n.)
---- MODULE NaturalsDiv ----
EXTENDS Naturals
ASSUME (0 - 1) \div 2 = 0
ASSUME (0 - 7) \div 2 = 0 - 4 /\ (0 - 7) % 2 = 1 /\ 7 \div (0 - 2) = 0 - 4
ASSUME (0 - 3) \div 5 = 0 /\ 3 \div (0 - 5) = 0 /\ (0 - 5) \div 5 = 0 - 1
====
