\* cairn: command=check exit=0 result="success" distinct=0 depth=0
\* cairn: stderr!~error
\* cairn: stdout~=^<<\[a \|-> 2, b \|-> 1\], "\[b \|-> 1, a \|-> 2\]">>$
\* cairn: stdout~=^\[a \|-> 2, b \|-> 1\]  \[a \|-> 4, b \|-> 3\]$
\* TLC keeps a record's fields in the order they were written until something normalises
\* it (tlc2.value.impl.RecordValue: compareTo, equals, fingerPrint, toFcnRcd, permute,
\* deepNormalize sort the fields; apply/select, getDomain and takeExcept do not), and
\* ToString prints the order the record has at that moment (toStringUnchecked, no
\* normalise). PrintT and Print print a deepNormalize'd copy: sorted, the original kept
\* fresh (the two stdout lines above). FcnRcdValue behaves alike for `@@` (CombineFcn keeps
\* the first function's keys in their order, then the second's new ones), except that an
\* integer domain prints sorted (isTuple normalises) and getDomain normalises it.
---- MODULE FreshRecordOrder ----
EXTENDS Integers, TLC

\* The first use of the field names interns them: a < b < c (sorted order below).
Fields == [a |-> 0, b |-> 0, c |-> 0]
R == [b |-> 1, a |-> 2]

ASSUME ToString([b |-> 1, a |-> 2]) = "[b |-> 1, a |-> 2]"
ASSUME ToString([a |-> 1, b |-> 2]) = "[a |-> 1, b |-> 2]"
\* EXCEPT and field access keep the order
ASSUME ToString([[c |-> 1, b |-> 2] EXCEPT !.c = 3]) = "[c |-> 3, b |-> 2]"
ASSUME LET r == [b |-> 1, a |-> 2] IN r.a = 2 /\ ToString(r) = "[b |-> 1, a |-> 2]"
ASSUME LET r == [b |-> 1, a |-> 2] IN DOMAIN r = {"a", "b"} /\ ToString(r) = "[b |-> 1, a |-> 2]"
\* equality and comparison normalise both sides, even a record compared with itself
ASSUME LET r == [b |-> 1, a |-> 2] IN r = r /\ ToString(r) = "[a |-> 2, b |-> 1]"
ASSUME LET r == [b |-> 1, a |-> 2] IN [r EXCEPT !.a = 3] # r /\ ToString(r) = "[a |-> 2, b |-> 1]"
\* a set of two records compares them while it sorts; a singleton set compares nothing
ASSUME ToString({[b |-> 1, a |-> 2], [b |-> 1, a |-> 3]}) = "{[a |-> 2, b |-> 1], [a |-> 3, b |-> 1]}"
ASSUME ToString({[b |-> 1, a |-> 2]}) = "{[b |-> 1, a |-> 2]}"
ASSUME ToString(<<[b |-> 1, a |-> 2]>>) = "<<[b |-> 1, a |-> 2]>>"
\* membership in a set of records normalises the record (SetOfRcdsValue.member), and the
\* records a set of records enumerates are normalised
ASSUME LET r == [b |-> 1, a |-> 2] IN r \in [a : Int, b : Int] /\ ToString(r) = "[a |-> 2, b |-> 1]"
ASSUME ToString(CHOOSE r \in [b : {1}, a : {2}] : TRUE) = "[a |-> 2, b |-> 1]"
\* a constant definition is deepNormalize'd when TLC computes it
ASSUME ToString(R) = "[a |-> 2, b |-> 1]"
\* @@: the first function's keys in their order, then the second's; a record argument is
\* normalised first (RecordValue.toFcnRcd)
ASSUME ToString(("b" :> 1) @@ ("a" :> 2)) = "[b |-> 1, a |-> 2]"
ASSUME ToString((("b" :> 1) @@ ("a" :> 2)) @@ ("c" :> 3)) = "[b |-> 1, a |-> 2, c |-> 3]"
ASSUME ToString([b |-> 1, a |-> 2] @@ ("c" :> 3)) = "[a |-> 2, b |-> 1, c |-> 3]"
ASSUME ToString((3 :> 1) @@ (1 :> 2)) = "(1 :> 2 @@ 3 :> 1)"
ASSUME ToString((2 :> 1) @@ (1 :> 2)) = "<<2, 1>>"
\* DOMAIN of a FcnRcdValue normalises it
ASSUME LET f == ("b" :> 1) @@ ("a" :> 2) IN DOMAIN f = {"a", "b"} /\ ToString(f) = "[a |-> 2, b |-> 1]"
\* a key that is not a name prints as `k :> v` (FcnRcdValue.isName)
ASSUME ToString([x \in {"a b"} |-> 1]) = "(\"a b\" :> 1)"
ASSUME ToString([x \in {""} |-> 1]) = "(\"\" :> 1)"
ASSUME ToString([x \in {"WF_x"} |-> 1]) = "(\"WF_x\" :> 1)"
ASSUME ToString([x \in {"_1"} |-> 1]) = "(\"_1\" :> 1)"
ASSUME ToString([x \in {"x_1"} |-> 1]) = "[x_1 |-> 1]"
\* PrintT and Print print sorted (a normalised copy) and leave the original fresh
ASSUME LET r == [b |-> 1, a |-> 2] IN PrintT(<<r, ToString(r)>>) /\ ToString(r) = "[b |-> 1, a |-> 2]"
ASSUME Print([b |-> 1, a |-> 2], [b |-> 3, a |-> 4]) = [a |-> 4, b |-> 3]
====
