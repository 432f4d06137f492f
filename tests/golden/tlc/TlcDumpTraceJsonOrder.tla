\* cairn: command=tlc args="-dumpTrace json /dev/stdout -config TlcVarOrder.cfg" file=TlcVarOrder.tla exit=12
\* TLC's -dumpTrace json for this model: each state's record lists the variables in TLC's
\* printing order (report/tlc_order.hpp), while "vars" keeps the declaration order.
\* cairn: stdout~=\{"counterexample":\{"action":\[\[\[1,\{"now":0,"zeta":0,"alpha":0,"hr":0,"n":0,"t":0,"x":0\}\],\{"name":"Next"
\* cairn: stdout~=\[3,\{"now":0,"zeta":0,"alpha":0,"hr":0,"n":2,"t":0,"x":4\}\]\]\},"vars":\["x","n","zeta","alpha","hr","now","t"\]\}
---- MODULE TlcDumpTraceJsonOrder ----
====
