\* cairn: command=check exit=75 result="error"
\* cairn: stderr~=RecursionNext\.tla:\d+:\d+: error: The evaluation recursed too deeply
\* cairn: args="--workers 2"
\* The action Loop(x) calls itself without a base case: successor enumeration recurses
\* forever (with 2 workers, so a TBB worker thread hits its own stack limit). Exit 75.
---- MODULE RecursionNext ----
EXTENDS Naturals
VARIABLE x
RECURSIVE Loop(_)
Loop(n) == \/ x' = n /\ n > 100000000
           \/ Loop(n + 1)
Init == x = 0
Next == Loop(x)
====
