\* cairn: command=check exit=76 result="error"
\* cairn: stderr~=SeqMemberNonTuple\.tla:13:5: error: Attempted to check if the value:\n\[a \|-> 1\]\nis an element of Seq\(\{1, 2\}\)\.
\* Sequences' Seq(S).member converts the value to a tuple; a record (or a set, an integer,
\* a function on other than 1..n) is no tuple, so TLC cannot decide membership and the
\* invariant fails to evaluate (exit 76) rather than being violated (exit 12). The initial
\* state <<1>> passes; its successor [a |-> 1] is the one that fails.
---- MODULE SeqMemberNonTuple ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = <<1>>
Next == x' = [a |-> 1]
TypeOK ==
    x \in Seq({1, 2})
====
