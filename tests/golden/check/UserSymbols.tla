\* cairn: command=check exit=0 result="success" distinct=0 depth=0 generated=0
\* cairn: stderr!~error
\* User-defined infix, prefix and postfix operator symbols (this module extends nothing, so
\* even `+` and `-` are free), each returning a tagged tuple that shows how an expression
\* was grouped. The expected groupings follow SANY's precedence table
\* (tla2sany/parser/Operators.java, ranges /10): `..` 9, `+` `\oplus` `++` 10 (left),
\* `-` `\ominus` 11 (left), prefix `-` 12, `*` `&&` `\odot` 13 (left), `^` 14, postfix 15,
\* `||` 10-11 (left), `@@` 6 (left), `:>` 7. A symbol and its synonyms are one operator:
\* `(+)` is `\oplus`, `=<` and `<=` are `\leq`, `\circ` is `\o`. Any user-definable symbol
\* may be applied in prefix form, `+(a, b)`, `^+(a)`, `(+) (a, b)` (test204 of TLC's suite).
---- MODULE UserSymbols ----
a + b == <<"+", a, b>>
a - b == <<"-", a, b>>
-. a == <<"-.", a>>
a * b == <<"*", a, b>>
a ^ b == <<"^", a, b>>
a .. b == <<"..", a, b>>
a ++ b == <<"++", a, b>>
a ** b == <<"**", a, b>>
a && b == <<"&&", a, b>>
a || b == <<"||", a, b>>
a @@ b == <<"@@", a, b>>
a :> b == <<":>", a, b>>
a (+) b == <<"o+", a, b>>
a \ominus b == <<"o-", a, b>>
a (.) b == <<"o.", a, b>>
a \leq b == <<"<=", a, b>>
a \circ b == <<"o", a, b>>
a $$ b == <<"$$", a, b>>
a ^+ == <<"^+", a>>
a ^* == <<"^*", a>>
a ^# == <<"^#", a>>

\* precedence and associativity
ASSUME 1 + 2 * 3 = <<"+", 1, <<"*", 2, 3>>>>
ASSUME 1 * 2 + 3 = <<"+", <<"*", 1, 2>>, 3>>
ASSUME 1 + 2 + 3 = <<"+", <<"+", 1, 2>>, 3>>
ASSUME 1 + 2 - 3 = <<"+", 1, <<"-", 2, 3>>>>
ASSUME 1 - 2 - 3 = <<"-", <<"-", 1, 2>>, 3>>
ASSUME 1 * 2 ^ 3 = <<"*", 1, <<"^", 2, 3>>>>
ASSUME 1 .. 2 + 3 = <<"..", 1, <<"+", 2, 3>>>>
ASSUME 1 ++ 2 ** 3 = <<"++", 1, <<"**", 2, 3>>>>
ASSUME 1 || 2 && 3 = <<"||", 1, <<"&&", 2, 3>>>>
ASSUME 1 || 2 || 3 = <<"||", <<"||", 1, 2>>, 3>>
ASSUME 1 :> 2 @@ 3 :> 4 = <<"@@", <<":>", 1, 2>>, <<":>", 3, 4>>>>
ASSUME 1 (+) 2 \oplus 3 = <<"o+", <<"o+", 1, 2>>, 3>>
ASSUME 1 \ominus 2 (+) 3 = <<"o+", <<"o-", 1, 2>>, 3>>
ASSUME 1 (.) 2 \odot 3 = <<"o.", <<"o.", 1, 2>>, 3>>
\* prefix minus (12) binds looser than * (13) and tighter than - (11)
ASSUME -1 = <<"-.", 1>>
ASSUME -1 * 2 = <<"-.", <<"*", 1, 2>>>>
ASSUME 1 - -2 = <<"-", 1, <<"-.", 2>>>>
ASSUME -2 - 1 = <<"-", <<"-.", 2>>, 1>>
\* postfix (15) binds tighter than every infix symbol
ASSUME 1 ^ 2^+ = <<"^", 1, <<"^+", 2>>>>
ASSUME 1^* + 2^# = <<"+", <<"^*", 1>>, <<"^#", 2>>>>
ASSUME 1^+^* = <<"^*", <<"^+", 1>>>>
\* $$ (9-13) is lower than ^ (14) and higher than @@ (6)
ASSUME 1 $$ 2 ^ 3 = <<"$$", 1, <<"^", 2, 3>>>>
ASSUME 1 $$ 2 @@ 3 = <<"@@", <<"$$", 1, 2>>, 3>>

\* synonyms name one operator
ASSUME (1 <= 2) = <<"<=", 1, 2>> /\ (1 =< 2) = <<"<=", 1, 2>> /\ (1 \leq 2) = (1 <= 2)
ASSUME 1 \o 2 = <<"o", 1, 2>> /\ 1 \circ 2 = 1 \o 2

\* prefix form
ASSUME +(4, 6) = <<"+", 4, 6>>
ASSUME *(4, 6) = <<"*", 4, 6>> /\ ..(4, 6) = <<"..", 4, 6>> /\ @@(4, 6) = <<"@@", 4, 6>>
ASSUME \oplus(4, 6) = <<"o+", 4, 6>> /\ (+) (4, 6) = <<"o+", 4, 6>> /\ (+)(4, 6) = 4 (+) 6
ASSUME \leq(4, 6) = <<"<=", 4, 6>> /\ <=(4, 6) = <<"<=", 4, 6>> /\ =<(4, 6) = <<"<=", 4, 6>>
ASSUME ^+(4) = <<"^+", 4>> /\ ^#(4) = 4^# /\ -.(4) = <<"-.", 4>>
ASSUME +(1, 2) + 3 = <<"+", <<"+", 1, 2>>, 3>>
\* built-in operators in prefix form
ASSUME \in(1, {1}) /\ \notin(2, {1}) /\ \cup({1}, {2}) = {1, 2} /\ =(1, 1) /\ \subseteq({}, {1})
====
