\* cairn: command=check exit=151
\* cairn: stderr~=The constraint of Never is equal to FALSE
\* Never is a constant definition: TLC evaluates it once (SpecProcessor.processConstants) and,
\* named as a CONSTRAINT (or INVARIANT, ACTION_CONSTRAINT), accepts only the value TRUE:
\* FALSE is a cfg error (TLC_CONFIG_ID_HAS_VALUE, exit 151), not a model with no states.
---- MODULE CfgConstantConstraint ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Never == FALSE
====
