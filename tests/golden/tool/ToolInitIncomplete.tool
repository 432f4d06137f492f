@!@!@STARTMSG 2262:0 @!@!@
TLC2 Version 2026.12.04.013331
@!@!@ENDMSG 2262 @!@!@
@!@!@STARTMSG 2187:0 @!@!@
Running breadth-first search Model-Checking with fp 8 and seed -4985724772671593677 with 1 worker on 2 cores with 5358MB heap and 64MB offheap memory [pid: 3914] (Linux 6.18.44-fc-v1147 amd64, Debian 17.0.15 64bit, MSBDiskFPSet, DiskStateQueue).
@!@!@ENDMSG 2187 @!@!@
@!@!@STARTMSG 2220:0 @!@!@
Starting SANY...
@!@!@ENDMSG 2220 @!@!@
Parsing file ToolInitIncomplete.tla
Parsing file Naturals.tla
Semantic processing of module Naturals
Semantic processing of module ToolInitIncomplete
Linting of module ToolInitIncomplete
@!@!@STARTMSG 2219:0 @!@!@
SANY finished.
@!@!@ENDMSG 2219 @!@!@
@!@!@STARTMSG 2185:0 @!@!@
Starting... (2026-12-04 01:33:31)
@!@!@ENDMSG 2185 @!@!@
@!@!@STARTMSG 2189:0 @!@!@
Computing initial states...
@!@!@ENDMSG 2189 @!@!@
@!@!@STARTMSG 2102:1 @!@!@
current state is not a legal state
While working on the initial state:
/\ x = 1
/\ y = null

@!@!@ENDMSG 2102 @!@!@
@!@!@STARTMSG 2186:0 @!@!@
Finished in 1118ms at (2026-12-04 01:33:32)
@!@!@ENDMSG 2186 @!@!@
