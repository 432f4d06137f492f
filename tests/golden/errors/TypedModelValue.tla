\* cairn: command=check exit=75 result="error"
\* cairn: stderr~=TypedModelValue\.tla:17:\d+: error: Attempted to check equality of typed model value p_1 and non-model value\n0
\* A model value named `c_...` (second character `_`, longer than two) has type c
\* (ModelValue's constructor): it equals model values of its type and untyped ones (FALSE,
\* lines 12-13) but comparing it with any other value is an error, as is membership in a
\* non-empty interval or Nat (line 15 holds only because of the empty interval 2..1).
\* Init picks x = p_1 and then compares it with 0: an error in Init, exit 75.
---- MODULE TypedModelValue ----
EXTENDS Naturals
CONSTANT p_1, p_2, q
VARIABLE x
ASSUME p_1 # p_2 /\ p_1 # q /\ q # 0
ASSUME p_1 \in {p_1, q} /\ p_2 \notin {p_1, q}
ASSUME {p_1, p_2, q} # {}
ASSUME p_1 \notin 2..1
Init == x \in {p_1, p_2}
        /\ x # 0
Next == UNCHANGED x
====
