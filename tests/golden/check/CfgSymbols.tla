\* cairn: command=check exit=0 result="success" distinct=1 depth=1 generated=2
\* cairn: stderr!~error
\* cfg substitutions with operator symbols on either side (TLC's test30): TLC reads the cfg
\* with SANY's lexer, so `++ <- Cat` replaces the constant operator _++_, `Plus <- +`
\* replaces Plus by Naturals' +, and `(-) <- Cat` replaces this module's \ominus (a
\* synonym). One initial state, one Next step back to it: 2 generated, 1 distinct.
---- MODULE CfgSymbols ----
EXTENDS Naturals
CONSTANT _++_, Plus(_, _)
VARIABLE x

Cat(a, b) == <<a, b>>
a \ominus b == 0

ASSUME 1 ++ 2 = <<1, 2>>
ASSUME Plus(2, 3) = 5
ASSUME 1 \ominus 2 = <<1, 2>> /\ 1 (-) 2 = <<1, 2>>

Init == x = 1 ++ 2
Next == x' = x
====
