\* cairn: command=tlc args="-dumpTrace json /dev/stdout" exit=12
\* -dumpTrace json: TLC's JSON of the counterexample x = 0 -> 1 -> 2 (Small violated): states
\* numbered from 1 as records of the variables, each step [from, action, to].
\* cairn: stdout~=\{"counterexample":\{"action":\[\[\[1,\{"x":0\}\],\{"name":"Next","location":\{"beginLine":\d+,"beginColumn":9,
\* cairn: stdout~="state":\[\[1,\{"x":0\}\],\[2,\{"x":1\}\],\[3,\{"x":2\}\]\]\},"vars":\["x"\]\}
---- MODULE TlcDumpTraceJson ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Small == x < 2
====
