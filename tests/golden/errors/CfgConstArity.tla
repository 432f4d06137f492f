\* cairn: command=check exit=151
\* cairn: stderr~=CfgConstArity\.cfg:3:10: error: The configuration file substitutes for Op with Two of different number of arguments\.
\* The operator constant Op(_) takes one argument; Two takes two: TLC rejects the
\* substitution (TLC_CONFIG_WRONG_SUBSTITUTION_NUMBER_OF_ARGS, exit 151).
---- MODULE CfgConstArity ----
CONSTANT Op(_)
VARIABLE x
Two(a, b) == a
Init == x = Op(1)
Next == x' = x
====
