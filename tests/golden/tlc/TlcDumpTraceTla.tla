\* cairn: command=tlc args="-dumpTrace tla /dev/stdout" exit=12
\* -dumpTrace tla: a module defining CounterExample as a record of the steps and the states.
\* cairn: stdout~=^CounterExample == $
\* cairn: stdout~=state \|-> \{<<1, \[x \|-> 0\]>>, <<2, \[x \|-> 1\]>>, <<3, \[x \|-> 2\]>>\}\]
---- MODULE TlcDumpTraceTla ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Small == x < 2
====
