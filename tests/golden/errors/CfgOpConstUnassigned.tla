\* cairn: command=check exit=151
\* cairn: stderr~=CfgOpConstUnassigned\.tla:8:10: error: The constant parameter Op is not assigned a value by the configuration file\.
\* An operator constant needs a cfg value too (`Op <- Def`), even when nothing uses it;
\* TLC refuses the model as for a plain constant (exit 151).
---- MODULE CfgOpConstUnassigned ----
VARIABLE x
CONSTANT N
CONSTANT Op(_)
Init == x = N
Next == UNCHANGED x
====
