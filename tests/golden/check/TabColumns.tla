\* cairn: command=check exit=0 distinct=1
\* A tab advances to the next multiple of 8 columns, as SANY's lexer counts (JavaCC's
\* SimpleCharStream): the tab-indented /\ below is at column 9, as the space-indented one,
\* so they form one list, FALSE /\ (TRUE \/ TRUE) = FALSE, and
\* Inv == ~A holds. Counting a tab as one column made the second item part of the first,
\* `FALSE /\ TRUE \/ TRUE`, a precedence conflict.
---- MODULE TabColumns ----
VARIABLE x
A ==
	/\ FALSE
        /\ TRUE \/ TRUE
Init == x = 0
Next == UNCHANGED x
Inv == ~A
====
