@!@!@STARTMSG 2262:0 @!@!@
TLC2 Version 2026.12.02.145452
@!@!@ENDMSG 2262 @!@!@
@!@!@STARTMSG 2187:0 @!@!@
Running breadth-first search Model-Checking with fp 46 and seed 1212365362077856572 with 1 worker on 2 cores with 5358MB heap and 64MB offheap memory [pid: 16482] (Linux 6.18.44-fc-v1045 amd64, Debian 17.0.15 64bit, MSBDiskFPSet, DiskStateQueue).
@!@!@ENDMSG 2187 @!@!@
@!@!@STARTMSG 2220:0 @!@!@
Starting SANY...
@!@!@ENDMSG 2220 @!@!@
Parsing file /tmp/vt4/ToolEvalInvariant.tla
Parsing file /work/tlc/classes/tla2sany/StandardModules/Naturals.tla
Semantic processing of module Naturals
Semantic processing of module ToolEvalInvariant
Linting of module ToolEvalInvariant
@!@!@STARTMSG 2219:0 @!@!@
SANY finished.
@!@!@ENDMSG 2219 @!@!@
@!@!@STARTMSG 2185:0 @!@!@
Starting... (2026-12-02 14:54:52)
@!@!@ENDMSG 2185 @!@!@
@!@!@STARTMSG 2189:0 @!@!@
Computing initial states...
@!@!@ENDMSG 2189 @!@!@
@!@!@STARTMSG 2190:0 @!@!@
Finished computing initial states: 1 distinct state generated at 2026-12-02 14:54:53.
@!@!@ENDMSG 2190 @!@!@
@!@!@STARTMSG 2111:1 @!@!@
Evaluating invariant Inv failed.
Attempted to access index 3 of tuple
<<10, 20>>
which is out of bounds.
@!@!@ENDMSG 2111 @!@!@
@!@!@STARTMSG 2121:1 @!@!@
The behavior up to this point is:
@!@!@ENDMSG 2121 @!@!@
@!@!@STARTMSG 2217:4 @!@!@
1: <Initial predicate>
x = 0

@!@!@ENDMSG 2217 @!@!@
@!@!@STARTMSG 2217:4 @!@!@
2: <Next line 10, col 9 to line 10, col 27 of module ToolEvalInvariant>
x = 1

@!@!@ENDMSG 2217 @!@!@
@!@!@STARTMSG 2217:4 @!@!@
3: <Next line 10, col 9 to line 10, col 27 of module ToolEvalInvariant>
x = 2

@!@!@ENDMSG 2217 @!@!@
@!@!@STARTMSG 2200:0 @!@!@
Progress(3) at 2026-12-02 14:54:53: 3 states generated (154 s/min), 3 distinct states found (154 ds/min), 0 states left on queue.
@!@!@ENDMSG 2200 @!@!@
@!@!@STARTMSG 2199:0 @!@!@
3 states generated, 3 distinct states found, 0 states left on queue.
@!@!@ENDMSG 2199 @!@!@
@!@!@STARTMSG 2194:0 @!@!@
The depth of the complete state graph search is 3.
@!@!@ENDMSG 2194 @!@!@
@!@!@STARTMSG 2186:0 @!@!@
Finished in 1166ms at (2026-12-02 14:54:53)
@!@!@ENDMSG 2186 @!@!@
