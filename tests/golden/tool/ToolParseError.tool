@!@!@STARTMSG 2262:0 @!@!@
TLC2 Version 2026.12.02.145458
@!@!@ENDMSG 2262 @!@!@
@!@!@STARTMSG 2187:0 @!@!@
Running breadth-first search Model-Checking with fp 107 and seed -7967678844285667987 with 1 worker on 2 cores with 5358MB heap and 64MB offheap memory [pid: 16726] (Linux 6.18.44-fc-v1045 amd64, Debian 17.0.15 64bit, MSBDiskFPSet, DiskStateQueue).
@!@!@ENDMSG 2187 @!@!@
@!@!@STARTMSG 2220:0 @!@!@
Starting SANY...
@!@!@ENDMSG 2220 @!@!@
Parsing file /tmp/vt4/ToolParseError.tla
***Parse Error***
expected `(`, found number `0`
Encountered "0" at line 9, column 15 and token "=" 


Fatal errors while parsing TLA+ spec in file ToolParseError

In module ToolParseError

Could not parse module ToolParseError from file ToolParseError.tla
*** Errors: 1

In module ToolParseError

Could not parse module ToolParseError from file ToolParseError.tla



@!@!@STARTMSG 2219:0 @!@!@
SANY finished.
@!@!@ENDMSG 2219 @!@!@
@!@!@STARTMSG 2185:0 @!@!@
Starting... (2026-12-02 14:54:58)
@!@!@ENDMSG 2185 @!@!@
@!@!@STARTMSG 3002:1 @!@!@
Parsing or semantic analysis failed.
@!@!@ENDMSG 3002 @!@!@
@!@!@STARTMSG 2186:0 @!@!@
Finished in 937ms at (2026-12-02 14:54:58)
@!@!@ENDMSG 2186 @!@!@
