\* cairn: command=check exit=10
\* cairn: stderr~=RecordEqualsTuple\.tla:10:8: error: Attempted to check equality of record
\* RecordValue.equals converts its right operand with toRcd, which a non-empty tuple refuses:
\* an error, although <<1, 2>> = [a |-> 1] is FALSE (TupleValue.equals converts itself to a
\* function instead) and [a |-> 1] = <<>> is FALSE (the empty tuple is the empty record).
---- MODULE RecordEqualsTuple ----
EXTENDS Naturals
ASSUME (<<1, 2>> = [a |-> 1]) = FALSE
ASSUME ([a |-> 1] = <<>>) = FALSE
ASSUME [a |-> 1] = <<1, 2>>
====
