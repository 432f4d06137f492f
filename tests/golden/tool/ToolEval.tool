@!@!@STARTMSG 2262:0 @!@!@
TLC2 Version 2026.12.02.030056
@!@!@ENDMSG 2262 @!@!@
@!@!@STARTMSG 2187:0 @!@!@
Running breadth-first search Model-Checking with fp 23 and seed 4939630191680017994 with 1 worker on 2 cores with 5358MB heap and 64MB offheap memory [pid: 29441] (Linux 6.18.44-fc-v857 amd64, Debian 17.0.15 64bit, MSBDiskFPSet, DiskStateQueue).
@!@!@ENDMSG 2187 @!@!@
@!@!@STARTMSG 2220:0 @!@!@
Starting SANY...
@!@!@ENDMSG 2220 @!@!@
Parsing file ToolEval.tla
Parsing file Naturals.tla
Semantic processing of module Naturals
Semantic processing of module ToolEval
Linting of module ToolEval
@!@!@STARTMSG 2219:0 @!@!@
SANY finished.
@!@!@ENDMSG 2219 @!@!@
@!@!@STARTMSG 2185:0 @!@!@
Starting... (2026-12-02 03:00:58)
@!@!@ENDMSG 2185 @!@!@
@!@!@STARTMSG 2189:0 @!@!@
Computing initial states...
@!@!@ENDMSG 2189 @!@!@
@!@!@STARTMSG 2190:0 @!@!@
Finished computing initial states: 1 distinct state generated at 2026-12-02 03:00:59.
@!@!@ENDMSG 2190 @!@!@
@!@!@STARTMSG 2179:1 @!@!@
The second argument of \div is 0.
@!@!@ENDMSG 2179 @!@!@
@!@!@STARTMSG 2121:1 @!@!@
The behavior up to this point is:
@!@!@ENDMSG 2121 @!@!@
@!@!@STARTMSG 2217:4 @!@!@
1: <Initial predicate>
x = 0

@!@!@ENDMSG 2217 @!@!@
@!@!@STARTMSG 2217:4 @!@!@
2: <Next line 8, col 9 to line 8, col 46 of module ToolEval>
x = 1

@!@!@ENDMSG 2217 @!@!@
@!@!@STARTMSG 2217:4 @!@!@
3: <Next line 8, col 9 to line 8, col 46 of module ToolEval>
x = 2

@!@!@ENDMSG 2217 @!@!@
@!@!@STARTMSG 2103:1 @!@!@
The error occurred when TLC was evaluating the nested
expressions at the following positions:
0. Line 8, column 9 to line 8, column 46 in ToolEval
1. Line 8, column 14 to line 8, column 46 in ToolEval
2. Line 8, column 39 to line 8, column 46 in ToolEval


@!@!@ENDMSG 2103 @!@!@
@!@!@STARTMSG 2200:0 @!@!@
Progress(3) at 2026-12-02 03:00:59: 3 states generated (44 s/min), 3 distinct states found (44 ds/min), 0 states left on queue.
@!@!@ENDMSG 2200 @!@!@
@!@!@STARTMSG 2199:0 @!@!@
3 states generated, 3 distinct states found, 0 states left on queue.
@!@!@ENDMSG 2199 @!@!@
@!@!@STARTMSG 2194:0 @!@!@
The depth of the complete state graph search is 3.
@!@!@ENDMSG 2194 @!@!@
@!@!@STARTMSG 2186:0 @!@!@
Finished in 4068ms at (2026-12-02 03:00:59)
@!@!@ENDMSG 2186 @!@!@
