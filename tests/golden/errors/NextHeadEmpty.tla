\* cairn: command=check exit=255 result="error" distinct=3 depth=3 generated=3 left=0
\* cairn: stderr~=NextHeadEmpty\.tla:10:9: error:
\* cairn: stderr~=Head
\* q runs <<1, 2>>, <<2>>, <<>>; expanding <<>> applies Head to the empty sequence: Sequences.Head
\* throws an EvalException (TLC_MODULE_APPLY_EMPTY_SEQ), reported with its own code: exit 255.
---- MODULE NextHeadEmpty ----
EXTENDS Integers, Sequences
VARIABLE q
Init == q = <<1, 2>>
Next == Head(q) > 0 /\ q' = Tail(q)
====
