\* cairn: command=parse exit=150
\* cairn: stderr~=LevelInstanceArgument\.tla:11:8: error: Level error in applying operator Step: the level of argument 1 exceeds
\* Step == y' = y primes the instance's variable y, here substituted by the parameter z of
\* I(z): z must be at most state level. I(x)!Step is fine; I(x')!Step substitutes an action
\* and is a level error at the application (SANY: test217).
---- MODULE LevelInstanceArgument ----
VARIABLE x
I(z) == INSTANCE LevelInstHelper WITH C <- 1, y <- z
Ok == I(x)!Step
Ok2 == I({x})!Step
Bad == I(x')!Step
====
