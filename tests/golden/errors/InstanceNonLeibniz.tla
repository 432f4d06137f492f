\* cairn: command=parse exit=150
\* cairn: stderr~=InstanceNonLeibniz\.tla:11:1: error: Error in instantiating module 'LevelOpConstHelper': a non-Leibniz operator substituted for 'Op'\.
\* An operator constant may only be replaced by a Leibniz operator: NonLeibniz primes its
\* parameter (so NonLeibniz(e) is not determined by the value of e). Leibniz uses x' but
\* not under its parameter: fine (SANY InstanceNode: test212).
---- MODULE InstanceNonLeibniz ----
VARIABLE x
Leibniz(a) == {a, x'}
NonLeibniz(a) == a'
I1 == INSTANCE LevelOpConstHelper WITH Op <- Leibniz
I2 == INSTANCE LevelOpConstHelper WITH Op <- NonLeibniz
====
