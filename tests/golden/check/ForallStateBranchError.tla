\* cairn: command=check exit=75 distinct=2 depth=2 generated=2 left=1 trace_length=1
\* cairn: stderr~=ForallStateBranchError\.tla:11:46: error: Attempted to access nonexistent field
\* The state-level body of a \A in an action branches (TLC's getNextStates, OPCODE_bf, then
\* OPCODE_lor): where m.type # "ack" holds the successor x = 1 is generated, then the second
\* disjunct is evaluated too and m.dst fails (TLC: exit 75 at the initial state, 2 generated).
---- MODULE ForallStateBranchError ----
EXTENDS Naturals
VARIABLES x, msgs
Init == x = 0 /\ msgs = {[type |-> "req"]}
Next == /\ x < 3
        /\ \A m \in msgs : m.type # "ack" \/ m.dst = 1
        /\ x' = x + 1
        /\ UNCHANGED msgs
====
