@!@!@STARTMSG 2262:0 @!@!@
TLC2 Version 2026.12.02.030047
@!@!@ENDMSG 2262 @!@!@
@!@!@STARTMSG 2187:0 @!@!@
Running breadth-first search Model-Checking with fp 109 and seed -7823679005113834342 with 1 worker on 2 cores with 5358MB heap and 64MB offheap memory [pid: 29153] (Linux 6.18.44-fc-v857 amd64, Debian 17.0.15 64bit, MSBDiskFPSet, DiskStateQueue).
@!@!@ENDMSG 2187 @!@!@
@!@!@STARTMSG 2220:0 @!@!@
Starting SANY...
@!@!@ENDMSG 2220 @!@!@
Parsing file ToolCoverage.tla
Parsing file Naturals.tla
Semantic processing of module Naturals
Semantic processing of module ToolCoverage
Linting of module ToolCoverage
@!@!@STARTMSG 2219:0 @!@!@
SANY finished.
@!@!@ENDMSG 2219 @!@!@
@!@!@STARTMSG 2185:0 @!@!@
Starting... (2026-12-02 03:00:48)
@!@!@ENDMSG 2185 @!@!@
@!@!@STARTMSG 2189:0 @!@!@
Computing initial states...
@!@!@ENDMSG 2189 @!@!@
@!@!@STARTMSG 2190:0 @!@!@
Finished computing initial states: 2 distinct states generated at 2026-12-02 03:00:50.
@!@!@ENDMSG 2190 @!@!@
@!@!@STARTMSG 2193:0 @!@!@
Model checking completed. No error has been found.
  Estimates of the probability that TLC did not check all reachable states
  because two distinct states had the same fingerprint:
  calculated (optimistic):  val = 4.3E-19
@!@!@ENDMSG 2193 @!@!@
@!@!@STARTMSG 2201:0 @!@!@
The coverage statistics at 2026-12-02 03:00:50 (see https://explain.tlapl.us/module-coverage-statistics for how to interpret the following statistics).
@!@!@ENDMSG 2201 @!@!@
@!@!@STARTMSG 2773:0 @!@!@
<Init line 8, col 1 to line 8, col 4 of module ToolCoverage>: 2:2
@!@!@ENDMSG 2773 @!@!@
@!@!@STARTMSG 2772:0 @!@!@
<Up line 9, col 1 to line 9, col 2 of module ToolCoverage>: 2:3
@!@!@ENDMSG 2772 @!@!@
@!@!@STARTMSG 2772:0 @!@!@
<Reset line 10, col 1 to line 10, col 5 of module ToolCoverage>: 0:1
@!@!@ENDMSG 2772 @!@!@
@!@!@STARTMSG 2772:0 @!@!@
<Never line 11, col 1 to line 11, col 5 of module ToolCoverage>: 0:0
@!@!@ENDMSG 2772 @!@!@
@!@!@STARTMSG 2202:0 @!@!@
End of statistics.
@!@!@ENDMSG 2202 @!@!@
@!@!@STARTMSG 2200:0 @!@!@
Progress(3) at 2026-12-02 03:00:50: 6 states generated (67 s/min), 4 distinct states found (44 ds/min), 0 states left on queue.
@!@!@ENDMSG 2200 @!@!@
@!@!@STARTMSG 2199:0 @!@!@
6 states generated, 4 distinct states found, 0 states left on queue.
@!@!@ENDMSG 2199 @!@!@
@!@!@STARTMSG 2194:0 @!@!@
The depth of the complete state graph search is 3.
@!@!@ENDMSG 2194 @!@!@
@!@!@STARTMSG 2186:0 @!@!@
Finished in 5379ms at (2026-12-02 03:00:50)
@!@!@ENDMSG 2186 @!@!@
