\* cairn: command=parse exit=150
\* cairn: stderr~=RecordFieldTwice\.tla:8:29: error: Non-unique fields in constructor\.
\* A record constructor that names field a twice: SANY rejects it at the second a
\* (Generator: RECORD_CONSTRUCTOR_FIELD_REDEFINITION), so TLC exits 150. The set of
\* records [a : S, a : T] is rejected the same way (see RecordSetFieldTwice).
---- MODULE RecordFieldTwice ----
EXTENDS Naturals
Foo == [a |-> 1, b |-> 2,   a |-> 3]
====
