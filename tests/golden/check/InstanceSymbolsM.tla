---- MODULE InstanceSymbolsM ----
\* Instantiated by InstanceSymbols.tla.
EXTENDS Naturals
CONSTANT _++_
Use == 1 ++ 2 ++ 3
Prefix == ++(4, 5)
a (+) b == <<"o+", a, b>>
====
