\* cairn: command=check exit=0 distinct=1
\* cairn: args="--no-deadlock --workers 2"
\* TLCGet("config") is TLC's record of the run's settings (AbstractChecker.createConfig):
\* BFS mode, deadlock FALSE under --no-deadlock, worker = the --workers count. The ASSUME
\* fails (exit 10) if any field differs.
---- MODULE TlcGetConfig ----
EXTENDS TLC
VARIABLE x
ASSUME TLCGet("config").mode = "bfs"
ASSUME TLCGet("config").deadlock = FALSE
ASSUME TLCGet("config").worker = 2
ASSUME DOMAIN TLCGet("config") = {"mode", "deadlock", "worker", "seed", "fingerprint", "install"}
Init == x = 0
Next == UNCHANGED x
====
