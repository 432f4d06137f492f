@!@!@STARTMSG 2262:0 @!@!@
TLC2 Version 2026.12.02.145455
@!@!@ENDMSG 2262 @!@!@
@!@!@STARTMSG 2187:0 @!@!@
Running breadth-first search Model-Checking with fp 118 and seed -242795882309520417 with 1 worker on 2 cores with 5358MB heap and 64MB offheap memory [pid: 16641] (Linux 6.18.44-fc-v1045 amd64, Debian 17.0.15 64bit, MSBDiskFPSet, DiskStateQueue).
@!@!@ENDMSG 2187 @!@!@
@!@!@STARTMSG 2220:0 @!@!@
Starting SANY...
@!@!@ENDMSG 2220 @!@!@
Parsing file /tmp/vt4/ToolEvalInit.tla
Parsing file /work/tlc/classes/tla2sany/StandardModules/Naturals.tla
Semantic processing of module Naturals
Semantic processing of module ToolEvalInit
Linting of module ToolEvalInit
@!@!@STARTMSG 2219:0 @!@!@
SANY finished.
@!@!@ENDMSG 2219 @!@!@
@!@!@STARTMSG 2185:0 @!@!@
Starting... (2026-12-02 14:54:56)
@!@!@ENDMSG 2185 @!@!@
@!@!@STARTMSG 2189:0 @!@!@
Computing initial states...
@!@!@ENDMSG 2189 @!@!@
@!@!@STARTMSG 1000:1 @!@!@
Attempted to apply function:
(0 :> 0 @@ 1 :> 10)
to argument 3, which is not in the domain of the function.
@!@!@ENDMSG 1000 @!@!@
@!@!@STARTMSG 2103:1 @!@!@
The error occurred when TLC was evaluating the nested
expressions at the following positions:
0. Line 9, column 9 to line 9, column 16 in ToolEvalInit
1. Line 9, column 13 to line 9, column 16 in ToolEvalInit


@!@!@ENDMSG 2103 @!@!@
@!@!@STARTMSG 2200:0 @!@!@
Progress(1) at 2026-12-02 14:54:57: 0 states generated (0 s/min), 0 distinct states found (0 ds/min), 0 states left on queue.
@!@!@ENDMSG 2200 @!@!@
@!@!@STARTMSG 2199:0 @!@!@
0 states generated, 0 distinct states found, 0 states left on queue.
@!@!@ENDMSG 2199 @!@!@
@!@!@STARTMSG 2194:0 @!@!@
The depth of the complete state graph search is 0.
@!@!@ENDMSG 2194 @!@!@
@!@!@STARTMSG 2186:0 @!@!@
Finished in 1658ms at (2026-12-02 14:54:57)
@!@!@ENDMSG 2186 @!@!@
