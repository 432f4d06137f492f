@!@!@STARTMSG 2262:0 @!@!@
TLC2 Version 2026.12.02.030115
@!@!@ENDMSG 2262 @!@!@
@!@!@STARTMSG 2187:0 @!@!@
Running breadth-first search Model-Checking with fp 91 and seed -8329460350284636014 with 1 worker on 2 cores with 5358MB heap and 64MB offheap memory [pid: 29824] (Linux 6.18.44-fc-v857 amd64, Debian 17.0.15 64bit, MSBDiskFPSet, DiskStateQueue).
@!@!@ENDMSG 2187 @!@!@
@!@!@STARTMSG 2220:0 @!@!@
Starting SANY...
@!@!@ENDMSG 2220 @!@!@
Parsing file ToolSemantic.tla
Parsing file Naturals.tla
Semantic processing of module Naturals
Semantic processing of module ToolSemantic
Semantic errors:

*** Errors: 1

line 8, col 18 to line 8, col 30 of module ToolSemantic

unknown operator 'undefinedName'


@!@!@STARTMSG 2219:0 @!@!@
SANY finished.
@!@!@ENDMSG 2219 @!@!@
@!@!@STARTMSG 2185:0 @!@!@
Starting... (2026-12-02 03:01:16)
@!@!@ENDMSG 2185 @!@!@
@!@!@STARTMSG 3002:1 @!@!@
Parsing or semantic analysis failed.
@!@!@ENDMSG 3002 @!@!@
@!@!@STARTMSG 2186:0 @!@!@
Finished in 2852ms at (2026-12-02 03:01:16)
@!@!@ENDMSG 2186 @!@!@
