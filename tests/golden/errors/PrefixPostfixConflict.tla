\* cairn: command=parse exit=150
\* cairn: stderr~=PrefixPostfixConflict\.tla:10:17: error: precedence conflict between `ENABLED` and `'`
\* SANY's operator table: ENABLED (like [], <>, UNCHANGED) spans precedence 4-15 and the
\* postfix ' is 15, so `ENABLED x'` is a precedence conflict (located at the '), while
\* `ENABLED (x')` and a prime inside brackets (`ENABLED f[x']`) are fine.
---- MODULE PrefixPostfixConflict ----
VARIABLE x, f
Ok1 == ENABLED (x' = 1)
Ok2 == ENABLED f[x']
Bad == ENABLED x'
====
