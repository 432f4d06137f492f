\* cairn: command=check exit=151
\* cairn: stderr~=CfgConstNonConstant\.cfg:4:3: error: The configuration file substitutes constant C with non-constant Foo
\* The cfg replaces the constant C by Foo, which reads the variable x: TLC evaluates a
\* substituted constant once, before any state exists, and rejects a non-constant one
\* (TLC_CONFIG_SUBSTITUTION_NON_CONSTANT, a cfg error: exit 151).
---- MODULE CfgConstNonConstant ----
CONSTANT C
VARIABLE x
Foo == x
Init == x = 2
Next == x' = C
====
