\* cairn: command=simulate args="--seed 9 --num 200 --depth 20"
\* cairn: stdout~=^Simulation using seed 9 \(replay: --seed 9\)\.$
\* cairn: same_stdout= same_stdout="--workers 2"
\* RandomElement draws from the worker's generator reseeded per (seed, state, action):
\* the run is the same twice and with 2 workers, whatever it finds.
---- MODULE SimRandomElement ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x \in 0..9
Next == x' = RandomElement(0..99)
Inv == x # 77
====
