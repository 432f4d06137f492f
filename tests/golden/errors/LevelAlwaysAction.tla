\* cairn: command=parse exit=150
\* cairn: stderr~=LevelAlwaysAction\.tla:8:6: error: \[\] followed by action not of form \[A\]_v\.
\* [] of an action must be [][A]_v (SANY: ALWAYS_PROPERTY_SENSITIVE_TO_STUTTERING), and <>
\* of an action <><<A>>_v; [][x' = x]_x on line 7 is fine.
---- MODULE LevelAlwaysAction ----
VARIABLE x
Ok == [][x' = x]_x /\ <><<x' = x>>_x
D == [](x' = x)
====
