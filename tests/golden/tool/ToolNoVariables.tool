@!@!@STARTMSG 2262:0 @!@!@
TLC2 Version 2026.12.02.145459
@!@!@ENDMSG 2262 @!@!@
@!@!@STARTMSG 2187:0 @!@!@
Running breadth-first search Model-Checking with fp 60 and seed 6615450161546837787 with 1 worker on 2 cores with 5358MB heap and 64MB offheap memory [pid: 16790] (Linux 6.18.44-fc-v1045 amd64, Debian 17.0.15 64bit, MSBDiskFPSet, DiskStateQueue).
@!@!@ENDMSG 2187 @!@!@
@!@!@STARTMSG 2220:0 @!@!@
Starting SANY...
@!@!@ENDMSG 2220 @!@!@
Parsing file /tmp/vt4/ToolNoVariables.tla
Parsing file /work/tlc/classes/tla2sany/StandardModules/Naturals.tla
Parsing file /work/tlc/classes/tla2sany/StandardModules/TLC.tla
Parsing file /work/tlc/classes/tla2sany/StandardModules/Sequences.tla
Parsing file /work/tlc/classes/tla2sany/StandardModules/FiniteSets.tla
Semantic processing of module Naturals
Semantic processing of module Sequences
Semantic processing of module FiniteSets
Semantic processing of module TLC
Semantic processing of module ToolNoVariables
Linting of module ToolNoVariables
@!@!@STARTMSG 2219:0 @!@!@
SANY finished.
@!@!@ENDMSG 2219 @!@!@
@!@!@STARTMSG 2185:0 @!@!@
Starting... (2026-12-02 14:54:59)
@!@!@ENDMSG 2185 @!@!@
5
@!@!@STARTMSG 2189:0 @!@!@
Computing initial states...
@!@!@ENDMSG 2189 @!@!@
@!@!@STARTMSG 2190:0 @!@!@
Finished computing initial states: 0 distinct states generated at 2026-12-02 14:55:00.
@!@!@ENDMSG 2190 @!@!@
@!@!@STARTMSG 2193:0 @!@!@
Model checking completed. No error has been found.
  Estimates of the probability that TLC did not check all reachable states
  because two distinct states had the same fingerprint:
  calculated (optimistic):  val = 0.0
@!@!@ENDMSG 2193 @!@!@
@!@!@STARTMSG 2200:0 @!@!@
Progress(1) at 2026-12-02 14:55:00: 0 states generated (0 s/min), 0 distinct states found (0 ds/min), 0 states left on queue.
@!@!@ENDMSG 2200 @!@!@
@!@!@STARTMSG 2199:0 @!@!@
0 states generated, 0 distinct states found, 0 states left on queue.
@!@!@ENDMSG 2199 @!@!@
@!@!@STARTMSG 2194:0 @!@!@
The depth of the complete state graph search is 0.
@!@!@ENDMSG 2194 @!@!@
@!@!@STARTMSG 2186:0 @!@!@
Finished in 959ms at (2026-12-02 14:55:00)
@!@!@ENDMSG 2186 @!@!@
