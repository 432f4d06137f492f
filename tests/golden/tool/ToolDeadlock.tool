@!@!@STARTMSG 2262:0 @!@!@
TLC2 Version 2026.12.02.030052
@!@!@ENDMSG 2262 @!@!@
@!@!@STARTMSG 2187:0 @!@!@
Running breadth-first search Model-Checking with fp 90 and seed 5419261990650916216 with 1 worker on 2 cores with 5358MB heap and 64MB offheap memory [pid: 29328] (Linux 6.18.44-fc-v857 amd64, Debian 17.0.15 64bit, MSBDiskFPSet, DiskStateQueue).
@!@!@ENDMSG 2187 @!@!@
@!@!@STARTMSG 2220:0 @!@!@
Starting SANY...
@!@!@ENDMSG 2220 @!@!@
Parsing file ToolDeadlock.tla
Parsing file Naturals.tla
Semantic processing of module Naturals
Semantic processing of module ToolDeadlock
Linting of module ToolDeadlock
@!@!@STARTMSG 2219:0 @!@!@
SANY finished.
@!@!@ENDMSG 2219 @!@!@
@!@!@STARTMSG 2185:0 @!@!@
Starting... (2026-12-02 03:00:54)
@!@!@ENDMSG 2185 @!@!@
@!@!@STARTMSG 2189:0 @!@!@
Computing initial states...
@!@!@ENDMSG 2189 @!@!@
@!@!@STARTMSG 2190:0 @!@!@
Finished computing initial states: 2 distinct states generated at 2026-12-02 03:00:55.
@!@!@ENDMSG 2190 @!@!@
@!@!@STARTMSG 2114:1 @!@!@
Deadlock reached.
@!@!@ENDMSG 2114 @!@!@
@!@!@STARTMSG 2121:1 @!@!@
The behavior up to this point is:
@!@!@ENDMSG 2121 @!@!@
@!@!@STARTMSG 2217:4 @!@!@
1: <Initial predicate>
x = 1

@!@!@ENDMSG 2217 @!@!@
@!@!@STARTMSG 2217:4 @!@!@
2: <Next line 8, col 9 to line 8, col 27 of module ToolDeadlock>
x = 2

@!@!@ENDMSG 2217 @!@!@
@!@!@STARTMSG 2200:0 @!@!@
Progress(2) at 2026-12-02 03:00:55: 4 states generated (62 s/min), 3 distinct states found (46 ds/min), 0 states left on queue.
@!@!@ENDMSG 2200 @!@!@
@!@!@STARTMSG 2199:0 @!@!@
4 states generated, 3 distinct states found, 0 states left on queue.
@!@!@ENDMSG 2199 @!@!@
@!@!@STARTMSG 2194:0 @!@!@
The depth of the complete state graph search is 2.
@!@!@ENDMSG 2194 @!@!@
@!@!@STARTMSG 2186:0 @!@!@
Finished in 3840ms at (2026-12-02 03:00:55)
@!@!@ENDMSG 2186 @!@!@
