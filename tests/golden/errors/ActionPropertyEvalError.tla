\* cairn: command=check exit=75 result="error"
\* cairn: stderr~=ActionPropertyEvalError\.tla:12:21: error:
\* An action property that fails to evaluate: TLC prints "Evaluating action property Prop
\* failed." but then replays the failing step with the call stack and exits with the replay's
\* code (ModelChecker.runTLC), 75 for a value's failure, not the 13 of a violation (measured;
\* 14 for an Assert there, 255 for a module's error). At x = 2, <<1, 2>>[7] is outside the domain.
---- MODULE ActionPropertyEvalError ----
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == x' = x + 1 /\ x < 4
Prop == [][x < 2 \/ <<1, 2>>[x + 5] = 0]_x
Spec == Init /\ [][Next]_x
====
