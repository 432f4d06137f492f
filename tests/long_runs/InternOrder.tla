---- MODULE InternOrder ----
\* Strings made at run time get their TLC order (interning order) when first made: "s0"
\* before "s1" ... before "s5". t lists them newest first, so a process that decodes t
\* from a checkpoint without the saved intern table would intern "s5" first and put it
\* first in every set; CHOOSE would then take "s5" and NotLast would fail. Resumed from the
\* checkpoint of the level where n = 6 (it chooses), the run must end as the uninterrupted
\* one: success, 8 distinct states, depth 8.
EXTENDS Naturals, Sequences, TLC
VARIABLES n, t, w
Init == n = 0 /\ t = <<>> /\ w = ""
Next == \/ n < 6 /\ n' = n + 1 /\ t' = <<"s" \o ToString(n)>> \o t /\ w' = w
        \/ n = 6 /\ w' = (CHOOSE x \in {t[i] : i \in 1..Len(t)} : TRUE) /\ UNCHANGED <<n, t>>
\* (no string literal "sK": a literal is interned when the spec is loaded, in both runs)
NotLast == w \in {"", "s" \o ToString(0)}
====
