\* cairn: command=check exit=11 result="deadlock failure" distinct=4 depth=4 trace_length=4
\* An action-level \A is the conjunction of its instances (TLC's getNextStates, OPCODE_bf):
\* the instance for i = 1 binds x' and y', the one for i = 2 then only tests them (equal), so
\* x steps 0, 1, 2, 3 and deadlocks at 3 where x < 3 fails. Evaluated as one boolean, the
\* \A would read x' before anything binds it (an error). The \A over {} adds nothing.
---- MODULE ForallAction ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == /\ \A i \in {1, 2} : x < 3 /\ x' = x + 1 /\ y' = y + i - i
        /\ \A j \in {} : FALSE
====
