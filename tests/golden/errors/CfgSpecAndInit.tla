\* cairn: command=check exit=151
\* cairn: stderr~=cannot specify both INIT/NEXT and SPECIFICATION fields
\* TLC (SpecProcessor, TLC_CONFIG_SPEC_AND_INIT...): a cfg naming SPECIFICATION and INIT
\* (or NEXT) is refused, exit 151, rather than one of them being used.
---- MODULE CfgSpecAndInit ----
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Spec == Init /\ [][Next]_x
====
