@!@!@STARTMSG 2262:0 @!@!@
TLC2 Version 2026.12.04.022158
@!@!@ENDMSG 2262 @!@!@
@!@!@STARTMSG 2187:0 @!@!@
Running breadth-first search Model-Checking with fp 90 and seed -555725207196294979 with 1 worker on 2 cores with 5358MB heap and 64MB offheap memory [pid: 940] (Linux 6.18.44-fc-v1147 amd64, Debian 17.0.15 64bit, MSBDiskFPSet, DiskStateQueue).
@!@!@ENDMSG 2187 @!@!@
@!@!@STARTMSG 2220:0 @!@!@
Starting SANY...
@!@!@ENDMSG 2220 @!@!@
Parsing file ToolVarOrder.tla
Parsing file Naturals.tla
Semantic processing of module Naturals
Semantic processing of module ToolVarOrder
Linting of module ToolVarOrder
@!@!@STARTMSG 2219:0 @!@!@
SANY finished.
@!@!@ENDMSG 2219 @!@!@
@!@!@STARTMSG 2185:0 @!@!@
Starting... (2026-12-04 02:21:59)
@!@!@ENDMSG 2185 @!@!@
@!@!@STARTMSG 2189:0 @!@!@
Computing initial states...
@!@!@ENDMSG 2189 @!@!@
@!@!@STARTMSG 2190:0 @!@!@
Finished computing initial states: 1 distinct state generated at 2026-12-04 02:21:59.
@!@!@ENDMSG 2190 @!@!@
@!@!@STARTMSG 2110:1 @!@!@
Invariant Small is violated.
@!@!@ENDMSG 2110 @!@!@
@!@!@STARTMSG 2121:1 @!@!@
The behavior up to this point is:
@!@!@ENDMSG 2121 @!@!@
@!@!@STARTMSG 2217:4 @!@!@
1: <Initial predicate>
/\ now = 0
/\ zeta = 0
/\ alpha = 0
/\ hr = 0
/\ n = 0
/\ t = 0
/\ x = 0

@!@!@ENDMSG 2217 @!@!@
@!@!@STARTMSG 2217:4 @!@!@
2: <Next line 9, col 9 to line 10, col 97 of module ToolVarOrder>
/\ now = 0
/\ zeta = 0
/\ alpha = 0
/\ hr = 0
/\ n = 1
/\ t = 0
/\ x = 2

@!@!@ENDMSG 2217 @!@!@
@!@!@STARTMSG 2217:4 @!@!@
3: <Next line 9, col 9 to line 10, col 97 of module ToolVarOrder>
/\ now = 0
/\ zeta = 0
/\ alpha = 0
/\ hr = 0
/\ n = 2
/\ t = 0
/\ x = 4

@!@!@ENDMSG 2217 @!@!@
@!@!@STARTMSG 2200:0 @!@!@
Progress(3) at 2026-12-04 02:21:59: 3 states generated (176 s/min), 3 distinct states found (176 ds/min), 0 states left on queue.
@!@!@ENDMSG 2200 @!@!@
@!@!@STARTMSG 2199:0 @!@!@
3 states generated, 3 distinct states found, 0 states left on queue.
@!@!@ENDMSG 2199 @!@!@
@!@!@STARTMSG 2194:0 @!@!@
The depth of the complete state graph search is 3.
@!@!@ENDMSG 2194 @!@!@
@!@!@STARTMSG 2186:0 @!@!@
Finished in 1027ms at (2026-12-04 02:21:59)
@!@!@ENDMSG 2186 @!@!@
