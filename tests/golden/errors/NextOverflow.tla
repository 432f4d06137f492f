\* cairn: command=check exit=255 result="error"
\* cairn: stderr~=NextOverflow\.tla:11:14: error:
\* cairn: stderr~=[Oo]verflow
\* x squares itself from 2 until the product overflows: "Overflow when computing", an EvalException of
\* Naturals.Times (TLC_MODULE_OVERFLOW): exit 255. (TLC's ints are
\* 32-bit, cairn's 64-bit, so the number of states before the overflow differs and is not checked.)
---- MODULE NextOverflow ----
EXTENDS Integers
VARIABLE x
Init == x = 2
Next == x' = x * x
====
