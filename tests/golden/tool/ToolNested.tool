@!@!@STARTMSG 2262:0 @!@!@
TLC2 Version 2026.12.02.151311
@!@!@ENDMSG 2262 @!@!@
@!@!@STARTMSG 2187:0 @!@!@
Running breadth-first search Model-Checking with fp 101 and seed -3314423247225489373 with 1 worker on 2 cores with 5358MB heap and 64MB offheap memory [pid: 8608] (Linux 6.18.44-fc-v1045 amd64, Debian 17.0.15 64bit, MSBDiskFPSet, DiskStateQueue).
@!@!@ENDMSG 2187 @!@!@
@!@!@STARTMSG 2220:0 @!@!@
Starting SANY...
@!@!@ENDMSG 2220 @!@!@
Parsing file /tmp/vt5/ToolNested.tla
Parsing file /work/tlc/classes/tla2sany/StandardModules/Naturals.tla
Semantic processing of module Naturals
Semantic processing of module ToolNested
Linting of module ToolNested
@!@!@STARTMSG 2219:0 @!@!@
SANY finished.
@!@!@ENDMSG 2219 @!@!@
@!@!@STARTMSG 2185:0 @!@!@
Starting... (2026-12-02 15:13:12)
@!@!@ENDMSG 2185 @!@!@
@!@!@STARTMSG 2189:0 @!@!@
Computing initial states...
@!@!@ENDMSG 2189 @!@!@
@!@!@STARTMSG 2190:0 @!@!@
Finished computing initial states: 1 distinct state generated at 2026-12-02 15:13:12.
@!@!@ENDMSG 2190 @!@!@
@!@!@STARTMSG 2179:1 @!@!@
The second argument of \div is 0.
@!@!@ENDMSG 2179 @!@!@
@!@!@STARTMSG 2121:1 @!@!@
The behavior up to this point is:
@!@!@ENDMSG 2121 @!@!@
@!@!@STARTMSG 2217:4 @!@!@
1: <Initial predicate>
/\ x = 0
/\ y = 0

@!@!@ENDMSG 2217 @!@!@
@!@!@STARTMSG 2217:4 @!@!@
2: <Next line 12, col 9 to line 13, col 38 of module ToolNested>
/\ x = 1
/\ y = 0

@!@!@ENDMSG 2217 @!@!@
@!@!@STARTMSG 2217:4 @!@!@
3: <Next line 12, col 9 to line 13, col 38 of module ToolNested>
/\ x = 2
/\ y = 0

@!@!@ENDMSG 2217 @!@!@
@!@!@STARTMSG 2103:1 @!@!@
The error occurred when TLC was evaluating the nested
expressions at the following positions:
0. Line 12, column 9 to line 13, column 38 in ToolNested
1. Line 12, column 12 to line 12, column 14 in ToolNested
2. Line 10, column 8 to line 11, column 16 in ToolNested
3. Line 10, column 11 to line 10, column 20 in ToolNested
4. Line 11, column 11 to line 11, column 16 in ToolNested
5. Line 13, column 12 to line 13, column 38 in ToolNested
6. Line 13, column 22 to line 13, column 38 in ToolNested
7. Line 13, column 22 to line 13, column 34 in ToolNested
8. Line 9, column 16 to line 9, column 23 in ToolNested


@!@!@ENDMSG 2103 @!@!@
@!@!@STARTMSG 2200:0 @!@!@
Progress(3) at 2026-12-02 15:13:12: 3 states generated (127 s/min), 3 distinct states found (127 ds/min), 0 states left on queue.
@!@!@ENDMSG 2200 @!@!@
@!@!@STARTMSG 2199:0 @!@!@
3 states generated, 3 distinct states found, 0 states left on queue.
@!@!@ENDMSG 2199 @!@!@
@!@!@STARTMSG 2194:0 @!@!@
The depth of the complete state graph search is 3.
@!@!@ENDMSG 2194 @!@!@
@!@!@STARTMSG 2186:0 @!@!@
Finished in 1422ms at (2026-12-02 15:13:12)
@!@!@ENDMSG 2186 @!@!@
