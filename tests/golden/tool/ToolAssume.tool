@!@!@STARTMSG 2262:0 @!@!@
TLC2 Version 2026.12.02.030041
@!@!@ENDMSG 2262 @!@!@
@!@!@STARTMSG 2187:0 @!@!@
Running breadth-first search Model-Checking with fp 12 and seed 2559352035084508727 with 1 worker on 2 cores with 5358MB heap and 64MB offheap memory [pid: 29025] (Linux 6.18.44-fc-v857 amd64, Debian 17.0.15 64bit, MSBDiskFPSet, DiskStateQueue).
@!@!@ENDMSG 2187 @!@!@
@!@!@STARTMSG 2220:0 @!@!@
Starting SANY...
@!@!@ENDMSG 2220 @!@!@
Parsing file ToolAssume.tla
Parsing file Naturals.tla
Semantic processing of module Naturals
Semantic processing of module ToolAssume
Linting of module ToolAssume
@!@!@STARTMSG 2219:0 @!@!@
SANY finished.
@!@!@ENDMSG 2219 @!@!@
@!@!@STARTMSG 2185:0 @!@!@
Starting... (2026-12-02 03:00:43)
@!@!@ENDMSG 2185 @!@!@
@!@!@STARTMSG 2104:1 @!@!@
Assumption line 7, col 8 to line 7, col 12 of module ToolAssume is false.
@!@!@ENDMSG 2104 @!@!@
@!@!@STARTMSG 2186:0 @!@!@
Finished in 3686ms at (2026-12-02 03:00:44)
@!@!@ENDMSG 2186 @!@!@
