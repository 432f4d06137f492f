@!@!@STARTMSG 2262:0 @!@!@
TLC2 Version 2026.12.02.030104
@!@!@ENDMSG 2262 @!@!@
@!@!@STARTMSG 2187:0 @!@!@
Running breadth-first search Model-Checking with fp 114 and seed 9139830448456860482 with 1 worker on 2 cores with 5358MB heap and 64MB offheap memory [pid: 29614] (Linux 6.18.44-fc-v857 amd64, Debian 17.0.15 64bit, MSBDiskFPSet, DiskStateQueue).
@!@!@ENDMSG 2187 @!@!@
@!@!@STARTMSG 2220:0 @!@!@
Starting SANY...
@!@!@ENDMSG 2220 @!@!@
Parsing file ToolInvariant.tla
Parsing file Naturals.tla
Semantic processing of module Naturals
Semantic processing of module ToolInvariant
Linting of module ToolInvariant
@!@!@STARTMSG 2219:0 @!@!@
SANY finished.
@!@!@ENDMSG 2219 @!@!@
@!@!@STARTMSG 2185:0 @!@!@
Starting... (2026-12-02 03:01:06)
@!@!@ENDMSG 2185 @!@!@
@!@!@STARTMSG 2189:0 @!@!@
Computing initial states...
@!@!@ENDMSG 2189 @!@!@
@!@!@STARTMSG 2190:0 @!@!@
Finished computing initial states: 1 distinct state generated at 2026-12-02 03:01:07.
@!@!@ENDMSG 2190 @!@!@
@!@!@STARTMSG 2110:1 @!@!@
Invariant Small is violated.
@!@!@ENDMSG 2110 @!@!@
@!@!@STARTMSG 2121:1 @!@!@
The behavior up to this point is:
@!@!@ENDMSG 2121 @!@!@
@!@!@STARTMSG 2217:4 @!@!@
1: <Initial predicate>
/\ x = 0
/\ y = 0

@!@!@ENDMSG 2217 @!@!@
@!@!@STARTMSG 2217:4 @!@!@
2: <IncX line 8, col 9 to line 8, col 37 of module ToolInvariant>
/\ x = 1
/\ y = 0

@!@!@ENDMSG 2217 @!@!@
@!@!@STARTMSG 2217:4 @!@!@
3: <IncX line 8, col 9 to line 8, col 37 of module ToolInvariant>
/\ x = 2
/\ y = 0

@!@!@ENDMSG 2217 @!@!@
@!@!@STARTMSG 2217:4 @!@!@
4: <IncX line 8, col 9 to line 8, col 37 of module ToolInvariant>
/\ x = 3
/\ y = 0

@!@!@ENDMSG 2217 @!@!@
@!@!@STARTMSG 2200:0 @!@!@
Progress(4) at 2026-12-02 03:01:07: 8 states generated (120 s/min), 7 distinct states found (105 ds/min), 2 states left on queue.
@!@!@ENDMSG 2200 @!@!@
@!@!@STARTMSG 2199:0 @!@!@
8 states generated, 7 distinct states found, 2 states left on queue.
@!@!@ENDMSG 2199 @!@!@
@!@!@STARTMSG 2194:0 @!@!@
The depth of the complete state graph search is 4.
@!@!@ENDMSG 2194 @!@!@
@!@!@STARTMSG 2186:0 @!@!@
Finished in 3985ms at (2026-12-02 03:01:07)
@!@!@ENDMSG 2186 @!@!@
