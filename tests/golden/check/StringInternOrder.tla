\* cairn: command=check exit=0 result="success"
\* Strings are ordered by TLC's intern order (notes §1.2): identifiers and record field names of the
\* root module are interned at parse time, before any string-literal contents. q1 is a definition name
\* and s1 a record field name (both later in the file), so "q1" < "q2" and "s1" < "s2"; "t2"/"t1" are
\* only literals and keep their textual order. Verified with TLC (notes §1.2, module v4).
---- MODULE StringInternOrder ----
EXTENDS TLC
ASSUME ToString({"q2", "q1"}) = "{\"q1\", \"q2\"}"
ASSUME ToString({"s2", "s1"}) = "{\"s1\", \"s2\"}"
ASSUME (CHOOSE v \in {"q2", "q1"} : TRUE) = "q1"
q1 == 0
ASSUME [s1 |-> 0].s1 = 0
ASSUME ToString({"t2", "t1"}) = "{\"t2\", \"t1\"}"
====
