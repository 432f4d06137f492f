\* cairn: command=check exit=0 result="success" distinct=0 depth=0 generated=0
\* cairn: stderr!~error
\* Core operators of TLA+ and the standard modules, evaluated in ASSUMEs: every one holds
\* under TLC (see shared/notes/tlc-semantics.md: §1 order/CHOOSE, §2 equality, §9 integers,
\* §10 strings, §11 functions/records, §12 TLC module). No INIT/NEXT: only ASSUMEs are checked.
---- MODULE CoreAssumes ----
EXTENDS Integers, Sequences, FiniteSets, TLC

CONSTANT N, MV

\* ---------------------------------------------------------------- constants
ASSUME N = 3 /\ N \in Nat
ASSUME MV = MV /\ ~(MV = 1) /\ MV # "a" /\ MV \notin {1, 2}
ASSUME (CHOOSE x \in {MV, 1} : TRUE) = MV

\* ---------------------------------------------------------------- arithmetic (§9, Integers)
ASSUME 2 + 3 * 4 = 14 /\ (2 + 3) * 4 = 20 /\ 10 - 3 - 2 = 5
ASSUME 7 \div 2 = 3 /\ 7 % 2 = 1 /\ 6 % 3 = 0
ASSUME (-7) \div 2 = -4 /\ (-7) % 2 = 1
ASSUME (-1) \div 2 = -1 /\ (-1) % 2 = 1
ASSUME 7 \div (-2) = -4 /\ (-7) \div (-2) = 3
ASSUME (-7) % 3 = 2 /\ (-9) % 3 = 0
ASSUME \A a \in -6..6, b \in 1..4 : a = b * (a \div b) + (a % b) /\ a % b \in 0..b-1
ASSUME 2^10 = 1024 /\ (-2)^3 = -8 /\ 5^0 = 1 /\ 0^1 = 0 /\ 2^30 = 1073741824
ASSUME -(3) = 0 - 3 /\ -(-4) = 4 /\ -N = -3
ASSUME 3..1 = {} /\ 1..3 = {3, 2, 1} /\ Cardinality(1..0) = 0 /\ Cardinality(-2..2) = 5
ASSUME -3 \in Int /\ -3 \notin Nat /\ 0 \in Nat

\* ---------------------------------------------------------------- comparison, booleans
ASSUME 1 < 2 /\ 2 <= 2 /\ 3 >= 2 /\ 3 > 2 /\ 1 # 2 /\ 1 /= 2 /\ ~(1 = 2) /\ 2 =< 2
ASSUME TRUE /\ ~FALSE /\ (FALSE \/ TRUE) /\ (FALSE => FALSE) /\ ~(TRUE => FALSE)
ASSUME (TRUE <=> TRUE) /\ (FALSE <=> FALSE) /\ ~(TRUE <=> FALSE) /\ (FALSE \equiv FALSE)
ASSUME BOOLEAN = {TRUE, FALSE} /\ Cardinality(BOOLEAN) = 2
ASSUME (CHOOSE b \in BOOLEAN : TRUE) = FALSE
ASSUME FALSE => (1 \div 0 = 0)
ASSUME ~(FALSE /\ 1 \div 0 = 0) /\ (TRUE \/ 1 \div 0 = 0)

\* ---------------------------------------------------------------- sets
ASSUME {1, 2} \cup {2, 3} = {1, 2, 3} /\ {1, 2} \union {4} = {1, 2, 4}
ASSUME {1, 2} \cap {2, 3} = {2} /\ {1, 2} \intersect {3} = {}
ASSUME {1, 2, 3} \ {2} = {1, 3} /\ {1} \ {1} = {}
ASSUME {1} \subseteq {1, 2} /\ {} \subseteq {} /\ {1, 2} \subseteq {1, 2} /\ ~({3} \subseteq {1, 2})
ASSUME 2 \in {1, 2} /\ 3 \notin {1, 2} /\ {} \in {{}} /\ 1 \notin {}
ASSUME {1, 1, 2} = {2, 1} /\ Cardinality({1, 1, 2}) = 2 /\ Cardinality({}) = 0
ASSUME SUBSET {1, 2} = {{}, {1}, {2}, {1, 2}} /\ SUBSET {} = {{}}
ASSUME Cardinality(SUBSET (1..4)) = 16 /\ {2, 3} \in SUBSET (1..3)
ASSUME UNION {{1}, {2, 3}, {}} = {1, 2, 3} /\ UNION {} = {} /\ UNION SUBSET {1, 2} = {1, 2}
ASSUME {x \in 1..10 : x % 3 = 0} = {3, 6, 9} /\ {x \in {} : TRUE} = {}
ASSUME {x * x : x \in -2..2} = {0, 1, 4}
ASSUME {x + y : x \in 1..2, y \in 1..2} = {2, 3, 4}
ASSUME {1, 2} \X {"a"} = {<<1, "a">>, <<2, "a">>} /\ Cardinality({1, 2} \X {3, 4, 5}) = 6
ASSUME <<1, 2, 1>> \in (1..2) \X (1..2) \X (1..2) /\ Cardinality((1..2) \X (1..2) \X (1..2)) = 8
ASSUME {<<x, y>> \in {1, 2} \X {1, 2} : x < y} = {<<1, 2>>}
ASSUME {<<y, x>> : <<x, y>> \in {<<1, 2>>, <<3, 4>>}} = {<<2, 1>>, <<4, 3>>}
ASSUME Cardinality({s \in SUBSET {1, 2, 3} : Cardinality(s) = 2}) = 3
ASSUME Cardinality({{1}, {"a", "b"}}) = 2
ASSUME ~({1, 2} = {"a"})

\* ---------------------------------------------------------------- functions (§11)
ASSUME [x \in 1..3 |-> x * x][2] = 4 /\ DOMAIN [x \in {1, 2} |-> 0] = {1, 2}
ASSUME [x \in {1, 2} |-> x] \in [{1, 2} -> {1, 2}] /\ Cardinality([{1, 2} -> {0, 1}]) = 4
ASSUME <<1, 0>> \in [{1, 2} -> {0, 1}] /\ <<0>> \notin [{1, 2} -> {0, 1}]
ASSUME [x \in {1, 2} |-> 0] \in [{1, 2} -> Nat] /\ [{} -> {1}] = {<<>>}
ASSUME [x \in {1, 2} |-> x + 1] = <<2, 3>>
ASSUME [[x \in 1..2 |-> x] EXCEPT ![1] = @ + 10] = <<11, 2>>
ASSUME [<<5, 6>> EXCEPT ![1] = @ + 1] = <<6, 6>>
ASSUME [<<1, 2>> EXCEPT ![1] = 5, ![2] = 6] = <<5, 6>>
ASSUME [<<1, 2>> EXCEPT ![1] = 7, ![1] = @ + 1] = <<8, 2>>
ASSUME LET g == [i \in 1..2 |-> [a |-> i, b |-> 0]]
       IN  [g EXCEPT ![2].a = @ * 10][2].a = 20 /\ [g EXCEPT ![2].a = @ * 10][1] = g[1]
ASSUME LET m == <<<<1, 2>>, <<3, 4>>>> IN [m EXCEPT ![2][1] = 0] = <<<<1, 2>>, <<0, 4>>>>
ASSUME (1 :> "x") @@ (1 :> "y") = <<"x">> /\ ((2 :> "p") @@ (2 :> "q"))[2] = "p"
ASSUME (1 :> 5 @@ 2 :> 6) = <<5, 6>> /\ DOMAIN (1 :> 2 @@ 3 :> 4) = {1, 3}
ASSUME ((1 :> 1) @@ [x \in 1..3 |-> 0]) = <<1, 0, 0>>
ASSUME [<<a, b>> \in {1, 2} \X {1, 2} |-> a + b][<<2, 2>>] = 4
ASSUME [x \in {1, 2}, y \in {3} |-> x * y][2, 3] = 6
ASSUME [x \in {"a", "b"} |-> 0] = [a |-> 0, b |-> 0]

\* ---------------------------------------------------------------- records
ASSUME [a |-> 1].a = 1 /\ [a |-> 1, b |-> 2].b = 2 /\ [a |-> 1]["a"] = 1
ASSUME [a |-> 1, b |-> 2] = [b |-> 2, a |-> 1] /\ DOMAIN [a |-> 1, b |-> 2] = {"a", "b"}
ASSUME [a |-> 1, b |-> 2] \in [a : {1}, b : {2, 3}] /\ [a |-> 1] \notin [a : {2}]
ASSUME Cardinality([a : {1, 2}, b : {3, 4, 5}]) = 6
ASSUME [[a |-> 1, b |-> 2] EXCEPT !.a = @ + 5] = [a |-> 6, b |-> 2]
ASSUME [[a |-> 1, b |-> 2] EXCEPT !.a = @ + 5, !.b = 0] = [a |-> 6, b |-> 0]
ASSUME [[a |-> [b |-> 1]] EXCEPT !.a.b = 3].a.b = 3
ASSUME [[a |-> 1] EXCEPT !["a"] = @ + 1] = [a |-> 2]
ASSUME ~([a |-> 1] = [b |-> 1]) /\ ~(<<>> = [a |-> 1]) /\ ~(<<1, 2>> = [a |-> 1])
ASSUME ~([a |-> 1] \in [b : Nat])

\* ---------------------------------------------------------------- tuples and sequences
ASSUME Len(<<1, 2, 3>>) = 3 /\ Len(<<>>) = 0 /\ <<1, 2>>[2] = 2
ASSUME Append(<<1>>, 2) = <<1, 2>> /\ Append(<<>>, "a") = <<"a">>
ASSUME Head(<<5, 6>>) = 5 /\ Tail(<<5, 6>>) = <<6>> /\ Tail(<<1>>) = <<>>
ASSUME <<1>> \o <<2, 3>> = <<1, 2, 3>> /\ <<>> \o <<>> = <<>>
ASSUME SubSeq(<<1, 2, 3, 4>>, 2, 3) = <<2, 3>> /\ SubSeq(<<1, 2>>, 2, 1) = <<>>
ASSUME SelectSeq(<<1, 2, 3, 4>>, LAMBDA x : x % 2 = 0) = <<2, 4>>
IsOdd(x) == x % 2 = 1
ASSUME SelectSeq(<<1, 2, 3, 4, 5>>, IsOdd) = <<1, 3, 5>> /\ SelectSeq(<<>>, IsOdd) = <<>>
ASSUME <<1, 2>> \in Seq({1, 2}) /\ <<>> \in Seq({1}) /\ <<3>> \notin Seq({1, 2})
ASSUME <<1, 2>> = [i \in 1..2 |-> i] /\ <<>> = [x \in {} |-> 1]
ASSUME DOMAIN <<5, 6>> = 1..2 /\ DOMAIN <<>> = {}
ASSUME <<1, "a", {2}>>[3] = {2} /\ <<1, 2>> # <<2, 1>> /\ ~(<<1>> = <<1, "a">>)

\* ---------------------------------------------------------------- strings (§10)
ASSUME Len("abc") = 3 /\ Len("") = 0 /\ "ab" \o "cd" = "abcd"
ASSUME Tail("abc") = "bc" /\ SubSeq("abcd", 2, 3) = "bc"
ASSUME "a" # "b" /\ "abc" \in STRING /\ {"a", "b"} = {"b", "a"}

\* ---------------------------------------------------------------- CHOOSE (§1.4)
ASSUME (CHOOSE x \in 1..10 : x > 3) = 4
ASSUME (CHOOSE s \in {{3}, {1, 2}} : TRUE) = {3}
ASSUME (CHOOSE t \in {<<2>>, <<1, 1>>} : TRUE) = <<2>>
ASSUME (CHOOSE f \in [{1, 2} -> {0, 1}] : f[1] = 1) = <<1, 0>>
ASSUME (CHOOSE s \in SUBSET {1, 2, 3} : Cardinality(s) = 2 /\ 3 \in s) = {1, 3}
ASSUME (CHOOSE x \in {5, -1, 3} : TRUE) = -1
ASSUME (CHOOSE r \in {[a |-> 1, b |-> 2], [a |-> 0, b |-> 1]} : TRUE) = [a |-> 0, b |-> 1]
ASSUME (CHOOSE x \in {<<1, 2>>, [i \in {0, 1} |-> i]} : TRUE) = (0 :> 0 @@ 1 :> 1)
ASSUME (CHOOSE s \in {"zq2", "zq1"} : TRUE) = "zq2"
ASSUME LET S == {3, 1, 2} IN (CHOOSE x \in S : TRUE) = (CHOOSE x \in S : TRUE)

\* ---------------------------------------------------------------- quantifiers
ASSUME \A x \in 1..3 : x > 0
ASSUME \E x \in 1..3 : x = 2
ASSUME (~\E x \in {} : TRUE) /\ (\A x \in {} : FALSE)
ASSUME \E <<x, y>> \in {1, 2} \X {3, 4} : x + y = 6
ASSUME \A <<x, y>> \in {1, 2} \X {3, 4} : x < y
ASSUME \A x, y \in 1..2 : x + y >= 2
ASSUME \E x \in 1..2, y \in 3..4 : x * y = 8
ASSUME \A S \in SUBSET {1, 2} : \E T \in SUBSET {1, 2} : S \cup T = {1, 2}

\* ---------------------------------------------------------------- IF / CASE / LET
ASSUME (IF 1 < 2 THEN "y" ELSE "n") = "y"
ASSUME (CASE 1 = 2 -> 1 [] 2 = 2 -> 2 [] OTHER -> 3) = 2
ASSUME (CASE FALSE -> 1 [] OTHER -> 3) = 3
ASSUME (CASE TRUE -> 1 [] TRUE -> 2) = 1
ASSUME LET a == 1
           b == a + 1
           f(x) == x * b
       IN  b = 2 /\ f(3) = 6

\* ---------------------------------------------------------------- recursion
RECURSIVE Fib(_)
Fib(n) == IF n < 2 THEN n ELSE Fib(n - 1) + Fib(n - 2)
ASSUME Fib(10) = 55

RECURSIVE SetSum(_)
SetSum(S) == IF S = {} THEN 0 ELSE LET x == CHOOSE y \in S : TRUE IN x + SetSum(S \ {x})
ASSUME SetSum(1..10) = 55 /\ SetSum({}) = 0

RECURSIVE Even(_), Odd(_)
Even(n) == IF n = 0 THEN TRUE ELSE Odd(n - 1)
Odd(n) == IF n = 0 THEN FALSE ELSE Even(n - 1)
ASSUME Even(10) /\ Odd(7) /\ ~Even(3)

fact[n \in Nat] == IF n = 0 THEN 1 ELSE n * fact[n - 1]
ASSUME fact[0] = 1 /\ fact[5] = 120
ASSUME LET g[n \in 0..5] == IF n = 0 THEN 0 ELSE n + g[n - 1] IN g[5] = 15

\* ---------------------------------------------------------------- higher-order operators, LAMBDA
Apply(F(_), x) == F(x)
Twice(F(_), x) == F(F(x))
Double(x) == 2 * x
RECURSIVE FoldSeq(_, _, _)
FoldSeq(Op(_, _), acc, s) == IF s = <<>> THEN acc ELSE FoldSeq(Op, Op(acc, Head(s)), Tail(s))
ASSUME Apply(LAMBDA y : y + 1, 2) = 3 /\ Twice(Double, 3) = 12
ASSUME Twice(LAMBDA y : <<y>>, 1) = <<<<1>>>>
ASSUME FoldSeq(LAMBDA a, b : a + b, 0, <<1, 2, 3, 4>>) = 10
ASSUME FoldSeq(LAMBDA a, b : b \o a, "", <<"x", "y", "z">>) = "zyx"

\* ---------------------------------------------------------------- TLC module (§12)
ASSUME ToString(1) = "1" /\ ToString(-5) = "-5" /\ ToString(TRUE) = "TRUE"
ASSUME ToString("a") = "\"a\""
ASSUME ToString(<<1, "a", {2}>>) = "<<1, \"a\", {2}>>"
ASSUME ToString(1..3) = "1..3" /\ ToString({3, 1, 2}) = "{1, 2, 3}" /\ ToString({}) = "{}"
ASSUME ToString([i \in {2, 3} |-> i]) = "(2 :> 2 @@ 3 :> 3)"
ASSUME ToString(<<>>) = "<<>>" /\ ToString([a |-> 1]) = "[a |-> 1]"
ASSUME ToString([x \in 1..2 |-> x * 10]) = "<<10, 20>>"
ASSUME ToString(MV) = "MV" /\ ToString(<<[a |-> 1]>>) = "<<[a |-> 1]>>"
\* A fresh record prints in source order; sets of strings print in interning order (§1.2):
\* `a` (a bound variable on line 23) is interned before `b`; "zq4"/"zq3" are literals only
\* (textual order).
ASSUME ToString([zz |-> 1, aa |-> 2]) = "[zz |-> 1, aa |-> 2]"
ASSUME ToString(DOMAIN [b |-> 1, a |-> 2]) = "{\"a\", \"b\"}"
ASSUME ToString({"zq4", "zq3"}) = "{\"zq4\", \"zq3\"}"
ASSUME Permutations({1, 2}) = {<<1, 2>>, <<2, 1>>} /\ Cardinality(Permutations(1..4)) = 24
ASSUME SortSeq(<<3, 1, 2>>, <) = <<1, 2, 3>> /\ SortSeq(<<3, 1, 2>>, LAMBDA x, y : x > y) = <<3, 2, 1>>
ASSUME LET s == <<[k |-> 1, v |-> 1], [k |-> 1, v |-> 2], [k |-> 0, v |-> 3]>>
       IN  /\ [i \in 1..3 |-> SortSeq(s, LAMBDA p, q : p.k <= q.k)[i].v] = <<3, 2, 1>>
           /\ [i \in 1..3 |-> SortSeq(s, LAMBDA p, q : p.k < q.k)[i].v] = <<3, 1, 2>>
ASSUME Assert(TRUE, "never") /\ TLCEval(3) = 3
ASSUME PrintT("CoreAssumes done")
====
