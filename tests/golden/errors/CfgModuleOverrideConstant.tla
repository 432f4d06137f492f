\* cairn: command=check exit=151
\* cairn: stderr~=identifier Limit does not appear in the specification
\* `Limit <- [CfgModuleOverrideM] One` substitutes in module CfgModuleOverrideM, but Limit is
\* a CONSTANT there, not a definition: TLC (SpecProcessor.processConstantDefns) accepts only
\* the module's operator definitions there, anything else is a cfg error (exit 151).
---- MODULE CfgModuleOverrideConstant ----
EXTENDS Naturals
CONSTANT Limit
VARIABLE x
H == INSTANCE CfgModuleOverrideM
One == 1
Init == x = 0
Next == x < H!Cap /\ x' = x + 1
====
