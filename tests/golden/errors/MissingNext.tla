\* cairn: command=check exit=151
\* cairn: stderr~=did not specify the next state predicate
\* An INVARIANT but no NEXT: TLC's SpecProcessor rejects the cfg (TLC_CONFIG_MISSING_NEXT,
\* exit 151) when there are invariants, action or temporal properties to check.
---- MODULE MissingNext ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Inv == x >= 0
====
