@!@!@STARTMSG 2262:0 @!@!@
TLC2 Version 2026.12.04.013333
@!@!@ENDMSG 2262 @!@!@
@!@!@STARTMSG 2188:0 @!@!@
Running Random Simulation with seed -9154271255029440244 with 1 worker on 2 cores with 5358MB heap and 64MB offheap memory [pid: 3982] (Linux 6.18.44-fc-v1147 amd64, Debian 17.0.15 64bit).
@!@!@ENDMSG 2188 @!@!@
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
Starting... (2026-12-04 01:33:33)
@!@!@ENDMSG 2185 @!@!@
@!@!@STARTMSG 2269:0 @!@!@
Computed 3 initial states...
@!@!@ENDMSG 2269 @!@!@
@!@!@STARTMSG 2106:1 @!@!@
State is not completely specified by the initial predicate:
/\ x = 1
/\ y = null

@!@!@ENDMSG 2106 @!@!@
@!@!@STARTMSG 2186:0 @!@!@
Finished in 874ms at (2026-12-04 01:33:33)
@!@!@ENDMSG 2186 @!@!@
