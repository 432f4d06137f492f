@!@!@STARTMSG 2262:0 @!@!@
TLC2 Version 2026.12.04.014202
@!@!@ENDMSG 2262 @!@!@
@!@!@STARTMSG 2187:0 @!@!@
Running breadth-first search Model-Checking with fp 12 and seed -3493399069597039667 with 1 worker on 2 cores with 5358MB heap and 64MB offheap memory [pid: 16299] (Linux 6.18.44-fc-v1147 amd64, Debian 17.0.15 64bit, MSBDiskFPSet, DiskStateQueue).
@!@!@ENDMSG 2187 @!@!@
@!@!@STARTMSG 2220:0 @!@!@
Starting SANY...
@!@!@ENDMSG 2220 @!@!@
Parsing file ToolNestedParens.tla
Parsing file Integers.tla
Parsing file Naturals.tla
Semantic processing of module Naturals
Semantic processing of module Integers
Semantic processing of module ToolNestedParens
Linting of module ToolNestedParens
@!@!@STARTMSG 2219:0 @!@!@
SANY finished.
@!@!@ENDMSG 2219 @!@!@
@!@!@STARTMSG 2185:0 @!@!@
Starting... (2026-12-04 01:42:03)
@!@!@ENDMSG 2185 @!@!@
@!@!@STARTMSG 2189:0 @!@!@
Computing initial states...
@!@!@ENDMSG 2189 @!@!@
@!@!@STARTMSG 2190:0 @!@!@
Finished computing initial states: 1 distinct state generated at 2026-12-04 01:42:03.
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
2: <Next line 11, col 9 to line 12, col 91 of module ToolNestedParens>
x = 1

@!@!@ENDMSG 2217 @!@!@
@!@!@STARTMSG 2217:4 @!@!@
3: <Next line 11, col 9 to line 12, col 91 of module ToolNestedParens>
x = 2

@!@!@ENDMSG 2217 @!@!@
@!@!@STARTMSG 2103:1 @!@!@
The error occurred when TLC was evaluating the nested
expressions at the following positions:
0. Line 11, column 9 to line 12, column 91 in ToolNestedParens
1. Line 11, column 12 to line 11, column 16 in ToolNestedParens
2. Line 12, column 12 to line 12, column 91 in ToolNestedParens
3. Line 12, column 18 to line 12, column 90 in ToolNestedParens
4. Line 12, column 44 to line 12, column 90 in ToolNestedParens
5. Line 12, column 61 to line 12, column 78 in ToolNestedParens


@!@!@ENDMSG 2103 @!@!@
@!@!@STARTMSG 2200:0 @!@!@
Progress(3) at 2026-12-04 01:42:03: 3 states generated (206 s/min), 3 distinct states found (206 ds/min), 0 states left on queue.
@!@!@ENDMSG 2200 @!@!@
@!@!@STARTMSG 2199:0 @!@!@
3 states generated, 3 distinct states found, 0 states left on queue.
@!@!@ENDMSG 2199 @!@!@
@!@!@STARTMSG 2194:0 @!@!@
The depth of the complete state graph search is 3.
@!@!@ENDMSG 2194 @!@!@
@!@!@STARTMSG 2186:0 @!@!@
Finished in 874ms at (2026-12-04 01:42:03)
@!@!@ENDMSG 2186 @!@!@
