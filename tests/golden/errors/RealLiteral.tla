\* cairn: command=check exit=151
\* cairn: stderr~=RealLiteral\.tla:9:6: error: TLC can't handle real numbers
\* SANY accepts a decimal literal; TLC's SpecProcessor (processConstants, DecimalKind)
\* fails on it with TLC_CANT_HANDLE_REAL_NUMBERS, a cfg-class error (exit 151), even in
\* a definition nothing uses.
---- MODULE RealLiteral ----
VARIABLE x
Init == x = 0
D == 1.5
Next == UNCHANGED x
====
