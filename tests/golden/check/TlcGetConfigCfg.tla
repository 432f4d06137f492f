\* cairn: command=check exit=0 distinct=1
\* CHECK_DEADLOCK FALSE in the cfg turns the deadlock check off as --no-deadlock does:
\* TLCGet("config").deadlock is FALSE; one worker (the golden runner's --workers 1).
\* Next is never enabled: without the cfg entry this would be a deadlock (exit 11).
---- MODULE TlcGetConfigCfg ----
EXTENDS TLC
VARIABLE x
ASSUME TLCGet("config").deadlock = FALSE /\ TLCGet("config").worker = 1
Init == x = 0
Next == x = 1 /\ x' = 0
====
