\* cairn: command=check exit=255 result="error" distinct=2 depth=2
\* cairn: stderr~=Overflow when computing
\* An overflow (Naturals.Plus, an EvalException) in a state constraint: TLC evaluates the
\* constraint while adding a successor and replays the failure like one of Next, so the exit
\* code is the exception's own, 255 (measured: 75 for a value's failure there). x runs
\* 0, 1, 2; the constraint of the successor x = 2 adds 2147483646: overflow, before x = 2 is
\* added to the seen set (Worker.addElement checks the constraint first): 2 distinct, depth 2.
---- MODULE ConstraintModuleError ----
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == x' = x + 1
Con == x + 2147483646 > 0
====
