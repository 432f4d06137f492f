\* cairn: command=parse exit=150
\* cairn: stderr~=LabelMissingParam\.tla:10:23: error: Label l2 must contain formal parameter `y'\.
\* SANY (Generator.checkLabelParams): a label inside a quantifier lists the names bound
\* since its definition (or the enclosing label) began: `l(y)::` under `\A y`. A label
\* under the enclosing label only lists the names bound after it (l3(z) in Ok).
---- MODULE LabelMissingParam ----
VARIABLE x
Ok(p) == /\ l1:: p = 1
         /\ \A y \in {1} : l2(y):: \E z \in {2} : l3(z):: y = z
Bad == \A y \in {1} : l2:: y = 1
====
