\* cairn: command=simulate args="--seed 12 --depth 7 --num 3 --workers 2" exit=0
\* cairn: stdout~=^3 behaviours generated \(depth 7, mean length 7\.0, max length 7\)
\* TLCGet("config") in a simulation is TLC's Simulator.createConfig: mode "simulate",
\* the depth, the behaviours asked for, the seed (a string), the workers. The ASSUME
\* holds, so the 3 behaviours of 7 states (x counts up) run.
---- MODULE SimConfig ----
EXTENDS Naturals, TLC
VARIABLE x
ASSUME LET c == TLCGet("config") IN
       /\ c.mode = "simulate" /\ c.depth = 7 /\ c.traces = 3 /\ c.seed = "12"
       /\ c.worker = 2 /\ c.deadlock
Init == x = 0
Next == x' = x + 1
====
