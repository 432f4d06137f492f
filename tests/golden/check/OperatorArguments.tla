\* cairn: command=check exit=0 result="success" distinct=2 depth=2 generated=3
\* cairn: stderr!~error
\* Operator symbols as arguments of higher-order parameters (TLC's test51/test52): in SANY
\* an operator argument may be any operator symbol, built-in or user-defined, or a LAMBDA.
\* A parameter may itself be named by a symbol (`_++_`, `-._`, `_^+`), and a synonym names
\* the same parameter (`_(+)_` is `_\oplus_`). Built-in operators that TLC evaluates
\* specially (=>, /\, ~, SUBSET, DOMAIN, UNCHANGED, [], ...) are passed like any other.
\* `(**` opens a comment, as in SANY, hence `Ap2( **, ...)`.
\* States: Init x = 0; Next goes 0 -> 1, and from 1 UNCHANGED (passed as an argument) gives
\* 1 again: 1 initial + 1 + 1 successors = 3 generated, 2 distinct, depth 2.
---- MODULE OperatorArguments ----
EXTENDS Naturals
VARIABLE x

Ap1(Op(_), a) == Op(a)
Ap2(Op(_,_), a, b) == Op(a, b)
Infix(_++_, a, b) == a ++ b         \* `++` is the parameter (one named `+` would redefine
                                    \* Naturals' +: SANY's multiply-defined symbol)
Prefix(-._, a) == -a
Postfix(_^+, a) == a^+
Oplus(_(+)_, a, b) == a \oplus b    \* the synonym names the same parameter
Temporal(_++_) == TRUE
Box(-._) == TRUE

a ** b == a * 10 + b
-. a == 100 - a
a ^+ == a + 1000

\* user-defined and standard-module symbols
ASSUME Ap2( **, 1, 2) = 12 /\ Ap2(+, 1, 2) = 3 /\ Ap2(-, 5, 2) = 3 /\ Ap2(..,1, 2) = {1, 2}
ASSUME Ap1(-., 1) = 99 /\ Ap1(^+, 1) = 1001
ASSUME Infix( **, 3, 4) = 34 /\ Infix( *, 3, 4) = 12 /\ Infix(LAMBDA u, v : u, 7, 8) = 7
ASSUME Prefix(-., 1) = 99 /\ Postfix(^+, 2) = 1002
ASSUME Oplus( **, 5, 6) = 56 /\ Oplus(+, 5, 6) = 11
\* built-in operators of the language
ASSUME Ap2(=>, FALSE, FALSE) /\ ~Ap2(=>, TRUE, FALSE) /\ Ap2(<=>, FALSE, FALSE) /\ Ap2(\equiv, TRUE, TRUE)
ASSUME ~Ap2(/\, TRUE, FALSE) /\ Ap2(\land, TRUE, TRUE) /\ Ap2(\/, TRUE, FALSE) /\ ~Ap2(\lor, FALSE, FALSE)
ASSUME Ap2(=, 1, 1) /\ Ap2(#, 1, 2) /\ Ap2(/=, 1, 2) /\ Ap2(\in, 1, {1}) /\ Ap2(\notin, 1, {2})
ASSUME Ap2(\cup, {1}, {2}) = {1, 2} /\ Ap2(\union, {1}, {2}) = {1, 2}
ASSUME Ap2(\cap, {1, 2}, {2}) = {2} /\ Ap2(\intersect, {1, 2}, {2}) = {2}
ASSUME Ap2(\, {1, 2}, {2}) = {1} /\ Ap2(\subseteq, {1}, {1, 2})
ASSUME Ap1(~, FALSE) /\ Ap1(\lnot, FALSE) /\ Ap1(\neg, FALSE)
ASSUME Ap1(SUBSET, {1}) = {{}, {1}} /\ Ap1(UNION, {{1}, {2}}) = {1, 2} /\ Ap1(DOMAIN, <<5, 6>>) = {1, 2}
\* temporal and action operators as arguments (not evaluated: SANY accepts them)
ASSUME Temporal(~>) /\ Temporal(-+->) /\ Temporal(\cdot) /\ Box([]) /\ Box(<>)

Init == x = 0
\* UNCHANGED passed as an argument: Keep(UNCHANGED) is UNCHANGED x
Keep(Op(_)) == Op(x)
Next == (x = 0 /\ x' = 1) \/ (x = 1 /\ Keep(UNCHANGED))
====
