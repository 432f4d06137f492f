\* cairn: command=check exit=0 result="success" distinct=3 depth=3
\* The cfg ends inside an unterminated (* comment: TLC's cfg lexer takes the rest of the file
\* as the comment, no error. x counts 0, 1, 2 and stops there (no deadlock check: the
\* CHECK_DEADLOCK FALSE before the comment counts, anything after it is commented out).
---- MODULE CfgCommentToEnd ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
====
