\* cairn: command=check exit=12 result="safety failure" trace_length=1
\* cairn: stdout~=^<< 1,\n   2,\n   3,\n(   \d+,\n)+   30 >>$
\* cairn: stdout~=^\( 1 :>\n      << 1,\n         2,\n(         \d+,\n)+         30 >> @@\n  3 :> 0 \)$
\* cairn: stdout~=^\[my_f \|-> <<1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25>>\]$
\* cairn: stdout~=^x = \{ <<21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37>>,\n  <<1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20>> \}$
\* TLC prints values through tlc2.pprint (Values.ppr, 80 columns): a value longer than the
\* line is broken one element a line, with "<< " / "   " (tuples), "{ " / "  " (sets),
\* "( " and the value under its key indented 4 more (functions); a pair that fits stays on
\* one line. Its parser reads names as letters and digits only, so a record with the field
\* my_f is not understood and printed as it is, on one line. The same layout is used for
\* PrintT and for the states of a trace (the initial state violates Inv here; the shorter
\* tuple is the smaller set element, so it comes first).
---- MODULE PrettyPrintWidth ----
EXTENDS Naturals, TLC
VARIABLE x
ASSUME PrintT([i \in 1..30 |-> i])
ASSUME PrintT((1 :> [i \in 1..30 |-> i]) @@ (3 :> 0))
ASSUME PrintT([my_f |-> [i \in 1..25 |-> i]])
Init == x = {[i \in 1..20 |-> i], [i \in 1..17 |-> i + 20]}
Next == UNCHANGED x
Inv == x = {}
====
