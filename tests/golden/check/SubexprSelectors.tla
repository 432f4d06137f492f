\* cairn: command=check exit=0 result="success" distinct=0 generated=0
\* cairn: stderr!~error
\* Subexpression references as SANY defines them (tla2sany Generator.selectorToNode): `!n`
\* the n-th operand, `!<<`/`!>>` the first/second (of two), a name after a definition a
\* label, `!(e..)`/`!@` the body of a construct with bound identifiers, `!:` the body (and,
\* before a name, a LET definition). A reference is LAMBDA params : selected expression,
\* applied to the arguments along the path. Each ASSUME states the value its comment
\* derives; a wrong pick makes one false (exit 10) or an error (exit 150).
\* No INIT/NEXT: only the ASSUMEs are checked.
---- MODULE SubexprSelectors ----
EXTENDS Naturals

\* Named ASSUME/THEOREM define zero-argument operators.
ASSUME Ax == 2 + 2 = 4
THEOREM Th == lab :: (3 > 1)
ASSUME Ax /\ Th /\ Ax!: /\ Th!lab
ASSUME Ax!1 = 4 /\ Ax!1!>> = 2 /\ Ax!>> = 4     \* `=` then `+`: 2 + 2, its second 2
ASSUME Th!lab!<< = 3

Double(u) == 2 * u
ASSUME Double(5)!: = 10                          \* the body with u <- 5
ASSUME Double(5)!<< = 2 /\ Double(5)!>> = 5

Conj(a) == /\ a > 0
           /\ a < 10
           /\ a # 5
ASSUME Conj(7)!2 /\ ~Conj(5)!3 /\ Conj(5)!3!<< = 5

\* An infix chain is left-nested in SANY: ((1 = 1 /\ 2 = 2) /\ 3 = 4).
Chain == 1 = 1 /\ 2 = 2 /\ 3 = 4
ASSUME Chain!1 /\ ~Chain!2 /\ Chain!1!2!>> = 2

\* Bounded quantifier: numbers name the bounding sets, !(..) binds x, y, z; the label's
\* parameters are the same three.
Q(c) == \A x \in {1, 2}, <<y, z>> \in {<<3, 4>>} : lab(x, y, z) :: x + y + z + c < 100
ASSUME Q(0)!1 = {1, 2} /\ Q(0)!2 = {<<3, 4>>} /\ Q(0)!2!1!>> = 4
ASSUME Q(1)!(10, 20, 30)!<< = 61                  \* 10 + 20 + 30 + 1
ASSUME Q(1)!lab(10, 20, 30)!<< = 61
ASSUME Q(1)!lab(50, 20, 30) = FALSE              \* 101 < 100

\* Used as operator arguments: the parameters in path order.
Apply2(Op(_, _), a, b) == Op(a, b)
Apply4(Op(_, _, _, _), a, b, c, d) == Op(a, b, c, d)
Sq(n) == {x * n : x \in {1}}
ASSUME Apply2(Sq!@, 3, 7) = 21                   \* LAMBDA n, x : x * n
ASSUME Apply4(Q!lab!<<, 1, 2, 3, 4) = 10         \* c, x, y, z <- 1, 2, 3, 4

\* LET: !1 is its body (the LET definitions stay visible), !:!name one of its definitions.
L(k) == LET sq(v) == v * v
            base == k + 1
        IN  sq(base) + 1
ASSUME L(2)!1 = 10 /\ L(2)!1!<< = 9 /\ L(2)!1!<<!1 = 3
ASSUME L(2)!:!sq(4) = 16 /\ L(2)!:!base = 3
ASSUME Apply2(L!:!sq, 0, 6) = 36                 \* LAMBDA k, v : sq(v)

\* CASE arms are !i!j (guard, value); IF has three operands; r.f is (r, "f").
C(n) == CASE n = 1 -> "one" [] n = 2 -> "two" [] OTHER -> "many"
ASSUME C(2)!2!1 /\ ~C(2)!1!1 /\ C(2)!2!2 = "two" /\ C(2)!3!2 = "many"
I3 == IF 1 > 2 THEN 3 ELSE 4
ASSUME I3!1!>> = 2 /\ I3!2 = 3 /\ I3!3 = 4
R == [a |-> 1, b |-> 2].b
ASSUME R!1!2 = 2 /\ R!2 = "b"
F == [i \in 1..3 |-> i * 10][2]
ASSUME F!>> = 2 /\ F!<<[3] = 30 /\ F!<<!(4) = 40 /\ F!<<!1 = 1..3

\* Through instances: plain, parameterised, with an operator parameter, substituted by a
\* subexpression, and an instance inside a parameterised instance.
In == INSTANCE SubexprInner WITH K <- 7, Op <- Double
ASSUME In!Pair(3)!>> = 6 /\ In!Lab(2)!lab(1)!<< = 1 /\ In!Lab(2)!(5)!3 = 7
PI(k) == INSTANCE SubexprInner WITH Op <- Double, K <- k
ASSUME PI(9)!Pair(1) = <<9, 2>> /\ PI(9)!Lab(2)!(5)!3 = 9
OI(Op(_)) == INSTANCE SubexprInner WITH K <- 0
ASSUME OI(Double)!Pair(4) = <<0, 8>> /\ OI(LAMBDA v : v + 1)!Pair(4) = <<0, 5>>
SI == INSTANCE SubexprInner WITH K <- 1, Op <- Conj!1   \* LAMBDA a : a > 0
ASSUME SI!Pair(3) = <<1, TRUE>> /\ SI!Pair(0) = <<1, FALSE>>
PO(b) == INSTANCE SubexprOuter WITH B <- b
ASSUME PO(5)!Inner!Pair(1) = <<5, 6>>             \* K <- 5, Op <- Inc: 1 + 5
====
