\* cairn: command=check exit=151
\* cairn: stderr~=The initial predicate Start cannot be a constant\.
\* Start is constant-level and evaluates (to TRUE): TLC's defns then hold a value, not an
\* operator, and processConfigInit rejects it (TLC_CONFIG_ID_MUST_NOT_BE_CONSTANT, exit
\* 151) instead of reporting that it leaves x undefined.
---- MODULE CfgConstantInit ----
EXTENDS Naturals
CONSTANT Procs
VARIABLE x
Start == Procs # {}
Next == x' = 0
====
