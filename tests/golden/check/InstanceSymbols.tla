\* cairn: command=check exit=0 result="success" distinct=0 depth=0 generated=0
\* cairn: stderr!~error
\* INSTANCE substitutions with operator symbols: InstanceSymbolsM declares the constant
\* operator _++_ and uses it infix and in prefix form; `WITH ++ <- Cat` and `++ <- **`
\* replace it by an identifier and by a symbol. Its own `\oplus` is reached as M!(+) or
\* M!\oplus (synonyms), applied in prefix form (TLC's test205).
---- MODULE InstanceSymbols ----
EXTENDS Naturals
Cat(a, b) == <<a, b>>
a ** b == a * 10 + b
M == INSTANCE InstanceSymbolsM WITH ++ <- Cat
N == INSTANCE InstanceSymbolsM WITH ++ <- **

ASSUME M!Use = <<<<1, 2>>, 3>> /\ M!Prefix = <<4, 5>>
ASSUME N!Use = 123 /\ N!Prefix = 45
ASSUME M!\oplus(1, 2) = <<"o+", 1, 2>> /\ M!(+)(1, 2) = <<"o+", 1, 2>>
ASSUME N!+(7, 8) = 15
====
