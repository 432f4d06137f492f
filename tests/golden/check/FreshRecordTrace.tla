\* cairn: command=check exit=12 result="safety failure" distinct=2 depth=2 trace_length=2
\* cairn: stdout~=^/\\ x = \[a \|-> 2, b \|-> 1\]$
\* cairn: stdout~=^/\\ y = "\[a \|-> 2, b \|-> 1\]"$
\* cairn: stdout~=^/\\ y = "\[b \|-> 1, a \|-> 2\]"$
\* cairn: stdout!~x = \[b
\* A record stored in a state has been normalised (TLCStateMut.bind deepNormalizes it and
\* the state is fingerprinted), so the error trace prints its fields sorted, and so does
\* ToString of it in the next step; only a record not yet stored keeps its written order
\* (y in the initial state).
---- MODULE FreshRecordTrace ----
EXTENDS TLC

VARIABLES x, y
Fields == [a |-> 0, b |-> 0]  \* interns a before b

Init == x = [b |-> 1, a |-> 2] /\ y = ToString([b |-> 1, a |-> 2])
Next == x' = x /\ y' = ToString(x)
Inv == y # "[a |-> 2, b |-> 1]"
====
