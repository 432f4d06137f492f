\* cairn: command=tlc args="-config TlcConfigInv" exit=12
\* -config takes the cfg with or without ".cfg" (TLC strips and adds it): TlcConfigInv.cfg checks
\* Small (x < 2), violated at x = 2 after 2 steps; the default TlcConfig.cfg would not.
\* cairn: stdout~=Invariant Small is violated\.
---- MODULE TlcConfig ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Small == x < 2
====
