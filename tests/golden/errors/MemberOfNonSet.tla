\* cairn: command=check exit=10
\* cairn: stderr~=MemberOfNonSet\.tla:8:8: error: Attempted to check if the value:\n1\nis an element of the string "ab"
\* `\in` asks the right operand's member(): a string is no set, and StringValue.member
\* reports it with its own words (IntValue says "the integer", a tuple "set membership in
\* a tuple value", a record "is in the record").
---- MODULE MemberOfNonSet ----
VARIABLE x
ASSUME 1 \in "ab"
Init == x = 0
Next == UNCHANGED x
====
