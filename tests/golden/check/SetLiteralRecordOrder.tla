\* cairn: command=check exit=0 result="success" distinct=0 depth=0
\* cairn: stderr!~error
\* TLC builds a set literal `{e1, e2}` and a set map `{e : x \in S}` unnormalised
\* (Tool.java OPCODE_se / OPCODE_soa: new SetEnumValue(vals, false)) and sorts it the first
\* time it is enumerated, sized, compared, fingerprinted or printed
\* (SetEnumValue.normalize: ValueVec.sort). That sort compares the elements, and comparing
\* records normalises them (RecordValue.compareTo), so a record's printed field order
\* (see FreshRecordOrder) depends on whether a set holding it has been used yet. Membership
\* in an unnormalised set is a linear equals() in build order (ValueVec.search): it
\* normalises only the elements it compares.
---- MODULE SetLiteralRecordOrder ----
EXTENDS Integers, FiniteSets, TLC

\* The first use of the field names interns them: a < b (sorted order below).
Fields == [a |-> 0, b |-> 0]

\* (A LET definition is evaluated where it is used: `<<s>> # <<>>` builds s and compares
\* no element, tuples of different lengths being unequal at once.)
\* building the set compares nothing: r keeps its build order
ASSUME LET r == [b |-> 1, a |-> 2] s == {r, r} IN <<s>> # <<>> /\ ToString(r) = "[b |-> 1, a |-> 2]"
ASSUME LET r == [b |-> 1, a |-> 2] s == {<<r>>, <<r>>} IN <<s>> # <<>> /\ ToString(r) = "[b |-> 1, a |-> 2]"
ASSUME LET r == [b |-> 1, a |-> 2] s == {r, r} IN {s} # {} /\ ToString(r) = "[b |-> 1, a |-> 2]"
\* the first size, comparison or enumeration sorts it, normalising r
ASSUME LET r == [b |-> 1, a |-> 2] s == {r, r} IN Cardinality(s) = 1 /\ ToString(r) = "[a |-> 2, b |-> 1]"
ASSUME LET r == [b |-> 1, a |-> 2] s == {r, [b |-> 1, a |-> 3]} IN s # {} /\ ToString(r) = "[a |-> 2, b |-> 1]"
ASSUME LET r == [b |-> 1, a |-> 2] s == {r, [b |-> 3, a |-> 2]} IN (\A e \in s : e.a = 2) /\ ToString(r) = "[a |-> 2, b |-> 1]"
ASSUME LET r == [b |-> 1, a |-> 2] s == {e : e \in {r, r}} IN <<s>> # <<>> /\ ToString(r) = "[a |-> 2, b |-> 1]"
\* a set map is unnormalised too: its own elements are compared only when it is used
ASSUME LET r == [b |-> 1, a |-> 2] s == {<<e>> : e \in {r}} IN <<s>> # <<>> /\ ToString(r) = "[b |-> 1, a |-> 2]"
\* membership: equals() from the first element built on, up to the one found
ASSUME LET r == [b |-> 1, a |-> 2] q == [b |-> 5, a |-> 6] s == {r, q} IN
         r \in s /\ ToString(r) = "[a |-> 2, b |-> 1]" /\ ToString(q) = "[b |-> 5, a |-> 6]"
ASSUME LET r == [b |-> 1, a |-> 2] q == [b |-> 5, a |-> 6] s == {q, r} IN
         r \in s /\ ToString(q) = "[a |-> 6, b |-> 5]"
\* a singleton literal is sorted without comparing anything
ASSUME LET r == [b |-> 1, a |-> 2] s == {r} IN Cardinality(s) = 1 /\ ToString(r) = "[b |-> 1, a |-> 2]"
====
