\* cairn: command=check exit=0 result="success" distinct=12 depth=4 generated=57
\* The operators that bind a primed variable besides `=` and `\in`: x' \subseteq S binds
\* x' to each subset of S (TLC's getNextStates, OPCODE_subseteq), and A \cdot B is a step
\* of A then a step of B from A's state. x takes the 4 subsets of {1, 2}; y goes 0 -> 2 -> 4
\* (two +1 steps per \cdot, while y < 3): 4 * 3 = 12 states. ({}, 4) is first reached
\* at level 3, ({1}, 4) at level 4. Each state has 4 \subseteq successors, the 8 with
\* y < 3 one \cdot successor more: 1 initial + 12 * 4 + 8 = 57 generated.
---- MODULE BindingOperators ----
EXTENDS Naturals
VARIABLES x, y
Init == x = {} /\ y = 0
Next == \/ x' \subseteq {1, 2} /\ y' = y
        \/ y < 3 /\ ((x' = x /\ y' = y + 1) \cdot (x' = x /\ y' = y + 1))
====
