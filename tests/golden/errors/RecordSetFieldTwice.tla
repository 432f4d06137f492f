\* cairn: command=parse exit=150
\* cairn: stderr~=RecordSetFieldTwice\.tla:6:27: error: Non-unique fields in constructor\.
\* [a : S, b : T, a : U] names a twice: rejected at the second a, as in a record constructor.
---- MODULE RecordSetFieldTwice ----
EXTENDS Naturals
Bar == [a : {1}, b : {2}, a : {1}]
====
