\* cairn: command=check exit=255 result="error" distinct=3 depth=3 generated=3
\* cairn: stderr~=CmpModuleError\.tla:\d+:\d+: error: The second argument of < should be an integer
\* x < "a" on x = 2: Naturals.LT checks its arguments itself and throws an EvalException
\* (TLC_MODULE_ARGUMENT_ERROR_AN), reported with its own code: exit 255, where x + "a"
\* (a failed cast in Naturals.Plus, a generic error) is 75.
---- MODULE CmpModuleError ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1 /\ IF x < 2 THEN TRUE ELSE x < "a"
====
