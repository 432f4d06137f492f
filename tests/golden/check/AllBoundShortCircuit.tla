\* cairn: command=check exit=0 result="success" distinct=2 depth=1 generated=4
\* Once every variable is bound, TLC evaluates the conjuncts that remain as plain booleans
\* (Tool.getInitStates and Tool.getNextStates0 -> getNextStatesAllAssigned): a later
\* disjunction or \E short-circuits instead of branching. Init: x \in {0, 1}, y = 0 bind
\* everything, then (x >= 0 \/ x = "a") is TRUE at its first disjunct (never compares with
\* "a"): 2 initial states, not 4 and no error. Next: x' and y' bound, the \E is one
\* boolean, so each of the 2 states generates 1 successor (G = 2 + 2), both already seen.
---- MODULE AllBoundShortCircuit ----
EXTENDS Integers
VARIABLES x, y
Init == x \in {0, 1} /\ y = 0 /\ (x >= 0 \/ x = "a")
Next == x' = 1 - x /\ y' = y /\ (\E i \in {1, 2} : i > 0) /\ (TRUE \/ y = "b")
====
