@!@!@STARTMSG 2262:0 @!@!@
TLC2 Version 2026.12.02.030101
@!@!@ENDMSG 2262 @!@!@
@!@!@STARTMSG 2187:0 @!@!@
Running breadth-first search Model-Checking with fp 7 and seed -3296364641593682286 with 1 worker on 2 cores with 5358MB heap and 64MB offheap memory [pid: 29551] (Linux 6.18.44-fc-v857 amd64, Debian 17.0.15 64bit, MSBDiskFPSet, DiskStateQueue).
@!@!@ENDMSG 2187 @!@!@
@!@!@STARTMSG 2220:0 @!@!@
Starting SANY...
@!@!@ENDMSG 2220 @!@!@
Parsing file ToolInitInv.tla
Parsing file Naturals.tla
Semantic processing of module Naturals
Semantic processing of module ToolInitInv
Linting of module ToolInitInv
@!@!@STARTMSG 2219:0 @!@!@
SANY finished.
@!@!@ENDMSG 2219 @!@!@
@!@!@STARTMSG 2185:0 @!@!@
Starting... (2026-12-02 03:01:02)
@!@!@ENDMSG 2185 @!@!@
@!@!@STARTMSG 2189:0 @!@!@
Computing initial states...
@!@!@ENDMSG 2189 @!@!@
@!@!@STARTMSG 2107:1 @!@!@
Invariant Positive is violated by the initial state:
/\ x = 1
/\ y = 1

@!@!@ENDMSG 2107 @!@!@
@!@!@STARTMSG 2186:0 @!@!@
Finished in 2594ms at (2026-12-02 03:01:03)
@!@!@ENDMSG 2186 @!@!@
