\* cairn: command=check exit=150
\* cairn: stderr~=NoSuchModuleAnywhere
\* SANY: "Cannot find source file for module NoSuchModuleAnywhere imported in module
\* MissingModule." -> TLC exits 150 (parse/semantic failure).
---- MODULE MissingModule ----
EXTENDS Naturals, NoSuchModuleAnywhere
VARIABLE x
Init == x = 0
Next == x' = x
====
