@!@!@STARTMSG 2262:0 @!@!@
TLC2 Version 2026.12.04.012832
@!@!@ENDMSG 2262 @!@!@
@!@!@STARTMSG 2187:0 @!@!@
Running breadth-first search Model-Checking with fp 82 and seed 7596193182515873290 with 1 worker on 2 cores with 5358MB heap and 64MB offheap memory [pid: 31079] (Linux 6.18.44-fc-v1147 amd64, Debian 17.0.15 64bit, MSBDiskFPSet, DiskStateQueue).
@!@!@ENDMSG 2187 @!@!@
@!@!@STARTMSG 2220:0 @!@!@
Starting SANY...
@!@!@ENDMSG 2220 @!@!@
Parsing file ToolStutterWarnSpec.tla
Parsing file Naturals.tla
Semantic processing of module Naturals
Semantic processing of module ToolStutterWarnSpec
Linting of module ToolStutterWarnSpec
@!@!@STARTMSG 2219:0 @!@!@
SANY finished.
@!@!@ENDMSG 2219 @!@!@
@!@!@STARTMSG 2185:0 @!@!@
Starting... (2026-12-04 01:28:32)
@!@!@ENDMSG 2185 @!@!@
@!@!@STARTMSG 2189:0 @!@!@
Computing initial states...
@!@!@ENDMSG 2189 @!@!@
@!@!@STARTMSG 2190:0 @!@!@
Finished computing initial states: 1 distinct state generated at 2026-12-04 01:28:32.
@!@!@ENDMSG 2190 @!@!@
@!@!@STARTMSG 2192:0 @!@!@
Checking temporal properties for the complete state space with 3 total distinct states at (2026-12-04 01:28:32)
@!@!@ENDMSG 2192 @!@!@
@!@!@STARTMSG 2116:1 @!@!@
Temporal property Back was violated.

@!@!@ENDMSG 2116 @!@!@
@!@!@STARTMSG 2264:1 @!@!@
The following behavior constitutes a counter-example:

@!@!@ENDMSG 2264 @!@!@
@!@!@STARTMSG 2217:4 @!@!@
1: <Initial predicate>
x = 0

@!@!@ENDMSG 2217 @!@!@
@!@!@STARTMSG 2217:4 @!@!@
2: <Next line 11, col 9 to line 11, col 27 of module ToolStutterWarnSpec>
x = 1

@!@!@ENDMSG 2217 @!@!@
@!@!@STARTMSG 2217:4 @!@!@
3: <Next line 11, col 9 to line 11, col 27 of module ToolStutterWarnSpec>
x = 2

@!@!@ENDMSG 2217 @!@!@
@!@!@STARTMSG 2218:4 @!@!@
4: Stuttering
@!@!@ENDMSG 2218 @!@!@
@!@!@STARTMSG 2259:3 @!@!@
The stuttering counterexample above may be caused by the absence of a fairness constraint in the behavior specification Spec defined at line 12, col 1 to line 13, col 21 of module ToolStutterWarnSpec. To rule out such counterexamples, conjoin a suitable fairness constraint to Spec (compare Chapter 8, page 87ff of Specifying Systems at https://lamport.azurewebsites.net/tla/book.html).
@!@!@ENDMSG 2259 @!@!@
@!@!@STARTMSG 2267:0 @!@!@
Finished checking temporal properties in 00s at 2026-12-04 01:28:32
@!@!@ENDMSG 2267 @!@!@
@!@!@STARTMSG 2200:0 @!@!@
Progress(3) at 2026-12-04 01:28:32: 3 states generated (178 s/min), 3 distinct states found (178 ds/min), 0 states left on queue.
@!@!@ENDMSG 2200 @!@!@
@!@!@STARTMSG 2199:0 @!@!@
3 states generated, 3 distinct states found, 0 states left on queue.
@!@!@ENDMSG 2199 @!@!@
@!@!@STARTMSG 2194:0 @!@!@
The depth of the complete state graph search is 3.
@!@!@ENDMSG 2194 @!@!@
@!@!@STARTMSG 2186:0 @!@!@
Finished in 1010ms at (2026-12-04 01:28:32)
@!@!@ENDMSG 2186 @!@!@
