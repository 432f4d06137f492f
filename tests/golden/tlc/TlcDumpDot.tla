\* cairn: command=tlc args="-deadlock -dump dot,colorize,actionlabels /tmp/cairn-golden-TlcDumpDot" exit=0
\* -dump dot,... FILE: the state graph as DOT into FILE.dot (".dot" added as TLC's getDumpFile);
\* the run itself is unchanged: 4 states x = 0..3, no error with -deadlock.
\* cairn: stdout~=Model checking completed\. No error has been found\.
\* cairn: stderr!~error
---- MODULE TlcDumpDot ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
====
