\* cairn: command=check exit=0 distinct=4 depth=4
\* cairn: args=--no-deadlock
\* TLC's registers: TLCSet(i, v) in an ASSUME sets register i for every worker; TLCGet(i)
\* reads it (Init starts at 10). Each step from x sets register 2 to x, and the invariant,
\* checked on the new state by the same worker right after the step, reads x - 1. An
\* unset register is undefined: TLCGetOrDefault gives its default. States x = 10..13.
---- MODULE TlcRegisters ----
EXTENDS Naturals, TLC, TLCExt
VARIABLE x
ASSUME TLCSet(1, 10)
ASSUME TLCGet(1) = 10 /\ TLCGetOrDefault(7, "none") = "none"
Init == x = TLCGet(1)
Next == x < 13 /\ x' = x + 1 /\ TLCSet(2, x)
Inv == x > 10 => TLCGet(2) = x - 1
====
