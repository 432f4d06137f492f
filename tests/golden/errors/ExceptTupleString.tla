\* cairn: command=check exit=10 result="assumption failure"
\* cairn: stderr~=ExceptTupleString\.tla:8:8: error:
\* cairn: stderr~=tuple at a non integral index: "a"
\* TLC selects an EXCEPT's path before it replaces (OPCODE_exc); a tuple selected by a
\* string is an error (TupleValue.select), even an empty one, while evaluating the ASSUME.
---- MODULE ExceptTupleString ----
EXTENDS Integers
ASSUME [<<>> EXCEPT !.a = 1] = <<>>
====
