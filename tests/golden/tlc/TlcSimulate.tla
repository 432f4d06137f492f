\* cairn: command=tlc args="-simulate num=20 -depth 3 -seed 7 -deadlock" exit=0
\* -simulate num=20: 20 behaviours (cairn simulate), each at most 3 states (-depth 3), seed 7.
\* No invariant and no deadlock check: no error; the report gives the behaviours and the seed.
\* cairn: stdout~=^20 behaviours generated \(depth 3,
\* cairn: stdout~=Simulation using seed 7 
---- MODULE TlcSimulate ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Small == x < 2
====
