// Unit tests of the TLA+ parser: constructs, SANY precedence, junction alignment, errors.
#include <gtest/gtest.h>

#include "grammar/parse.hpp"

using namespace cairn;
using grammar::dump;

namespace {

// The files these tests parse (diagnostics point into them; they live as long as the tests).
cairn::SourceManager& test_sources() {
  static cairn::SourceManager s;
  return s;
}

std::string E(const std::string& text) {
  Diagnostics d;
  auto e = grammar::parse_expr(test_sources(), text, d);
  if (!e) {
    std::string s = "ERROR";
    for (auto& it : d.items)
      s += " " + std::to_string(it.loc.line) + ":" + std::to_string(it.loc.col) + " " + it.message;
    return s;
  }
  EXPECT_TRUE(d.empty());
  return dump(*e);
}

// Parses `---- MODULE M ----` + body + `====`; returns the dump or "ERROR l:c msg".
std::string M(const std::string& body) {
  Diagnostics d;
  const SourceFile& id = test_sources().add("M.tla", "---- MODULE M ----\n" + body + "\n====\n");
  auto m = grammar::parse_module(id, d);
  if (!m) {
    std::string s = "ERROR";
    for (auto& it : d.items)
      s += " " + std::to_string(it.loc.line) + ":" + std::to_string(it.loc.col) + " " + it.message;
    return s;
  }
  return dump(*m);
}

// Dump of the body of the single definition in a module.
std::string D(const std::string& def) {
  std::string s = M(def);
  if (s.rfind("ERROR", 0) == 0) return s;
  auto b = s.find(" == ");
  auto e = s.find('\n', b);
  return s.substr(b + 4, e - b - 4);
}

bool Err(const std::string& text, int line, int col, const std::string& contains = "") {
  Diagnostics d;
  const SourceFile& id = test_sources().add("Err.tla", text);
  auto m = grammar::parse_module(id, d);
  if (m || d.items.empty()) return false;
  auto& it = d.items[0];
  bool ok = it.loc.line == line && it.loc.col == col &&
            it.message.find(contains) != std::string::npos;
  if (!ok) ADD_FAILURE() << it.loc.line << ":" << it.loc.col << " " << it.message;
  return ok;
}

}  // namespace

// ------------------------------------------------------------------ literals and atoms
TEST(Expr, Literals) {
  EXPECT_EQ(E("42"), "42");
  EXPECT_EQ(E("\\b101 + \\o17 + \\hFF"), "((5 + 15) + 255)");
  EXPECT_EQ(E("1.5"), "1.5");
  EXPECT_EQ(E("\"a\\\"b\\\\c\\n\\t\""), "\"a\\\"b\\\\c\\n\\t\"");
  EXPECT_EQ(E("99999999999999999999999"), "99999999999999999999999");
  EXPECT_EQ(E("TRUE /\\ FALSE"), "(TRUE /\\ FALSE)");
  EXPECT_EQ(E("1..2"), "(1 .. 2)");
}

TEST(Expr, Comments) {
  EXPECT_EQ(E("a (* c (* nested *) *) + \\* line\n b"), "(a + b)");
}

TEST(Expr, Names) {
  EXPECT_EQ(E("Op(a, b)"), "Op(a, b)");
  EXPECT_EQ(E("M!Op"), "M!Op");
  EXPECT_EQ(E("M!Op(a)"), "M!Op(a)");
  EXPECT_EQ(E("M(x)!Op"), "M(x)!Op");
  EXPECT_EQ(E("M!N!Op"), "M!N!Op");
  EXPECT_EQ(E("lab:: x"), "(lab :: x)");
  EXPECT_EQ(E("lab(a, b) :: x"), "(lab(a, b) :: x)");
  EXPECT_EQ(E("Op(+, LAMBDA x, y : x + y, F, \\cup)"), "Op(+, (LAMBDA x, y : (x + y)), F, \\cup)");
}

TEST(Expr, FunctionsRecords) {
  EXPECT_EQ(E("f[a, b]"), "f[a, b]");
  EXPECT_EQ(E("f[a][b]"), "f[a][b]");
  EXPECT_EQ(E("r.a.b"), "r.a.b");
  EXPECT_EQ(E("x'[i]"), "(x')[i]");
  EXPECT_EQ(E("[x \\in S |-> x + 1]"), "[x \\in S |-> (x + 1)]");
  EXPECT_EQ(E("[x \\in S, y \\in T |-> x]"), "[x \\in S, y \\in T |-> x]");
  EXPECT_EQ(E("[<<x, y>> \\in S |-> x]"), "[<<x, y>> \\in S |-> x]");
  EXPECT_EQ(E("[S -> T]"), "[S -> T]");
  EXPECT_EQ(E("[a |-> 1, b |-> 2]"), "[a |-> 1, b |-> 2]");
  EXPECT_EQ(E("[a : S, b : T]"), "[a : S, b : T]");
  EXPECT_EQ(E("[f EXCEPT ![i].f[j] = @ + 1, ![\"a\"] = 2]"),
            "[f EXCEPT ![i].f[j] = (@ + 1), ![\"a\"] = 2]");
  EXPECT_EQ(E("[f EXCEPT ![1, 2] = 0]"), "[f EXCEPT ![1, 2] = 0]");
  EXPECT_EQ(E("<<>>"), "<<>>");
  EXPECT_EQ(E("<<a, <<b>>>>"), "<<a, <<b>>>>");
}

TEST(Expr, Sets) {
  EXPECT_EQ(E("{}"), "{}");
  EXPECT_EQ(E("{a, b}"), "{a, b}");
  EXPECT_EQ(E("{x \\in S : x > 1}"), "{x \\in S : (x > 1)}");
  EXPECT_EQ(E("{<<x, y>> \\in S \\X T : x = y}"), "{<<x, y>> \\in (S \\X T) : (x = y)}");
  EXPECT_EQ(E("{x + y : x \\in S, y \\in T}"), "{(x + y) : x \\in S, y \\in T}");
  EXPECT_EQ(E("{x \\in S}"), "{(x \\in S)}");
  EXPECT_EQ(E("A \\X B \\X C"), "(A \\X B \\X C)");
  EXPECT_EQ(E("(A \\X B) \\X C"), "((A \\X B) \\X C)");
  EXPECT_EQ(E("A \\times B"), "(A \\X B)");
}

TEST(Expr, ControlAndBinders) {
  EXPECT_EQ(E("IF a THEN b ELSE c + 1"), "(IF a THEN b ELSE (c + 1))");
  EXPECT_EQ(E("CASE a -> 1 [] b -> 2"), "(CASE a -> 1 [] b -> 2)");
  EXPECT_EQ(E("CASE a -> 1 [] OTHER -> 3"), "(CASE a -> 1 [] OTHER -> 3)");
  EXPECT_EQ(E("LET f[x \\in S] == x\n RECURSIVE g(_)\n g(y) == y\n a ** b == a IN f"),
            "(LET f[x \\in S] == x; RECURSIVE g(_); g(y) == y; a ** b == a IN f)");
  EXPECT_EQ(E("\\A x, y \\in S, z \\in T : x"), "(\\A x, y \\in S, z \\in T : x)");
  EXPECT_EQ(E("\\E <<x, y>> \\in S : TRUE"), "(\\E <<x, y>> \\in S : TRUE)");
  EXPECT_EQ(E("\\A x, y : x"), "(\\A x, y : x)");
  EXPECT_EQ(E("CHOOSE x \\in S : x > 1"), "(CHOOSE x \\in S : (x > 1))");
  EXPECT_EQ(E("CHOOSE x : TRUE"), "(CHOOSE x : TRUE)");
  EXPECT_EQ(E("\\AA x : x"), "(\\AA x : x)");
  EXPECT_EQ(E("\\EE x, y : x"), "(\\EE x, y : x)");
  EXPECT_EQ(E("\\E x \\in S : x = 1 /\\ x = 2"), "(\\E x \\in S : ((x = 1) /\\ (x = 2)))");
}

TEST(Expr, Temporal) {
  EXPECT_EQ(E("[][Next]_vars"), "([] [Next]_vars)");
  EXPECT_EQ(E("[A]_<<x, y>>"), "[A]_<<x, y>>");
  EXPECT_EQ(E("<<A>>_v"), "<<A>>_v");
  EXPECT_EQ(E("<>[]P"), "(<> ([] P))");
  EXPECT_EQ(E("WF_vars(Next) /\\ SF_<<x>>(A)"), "(WF_vars(Next) /\\ SF_<<x>>(A))");
  EXPECT_EQ(E("[][M!Next]_M!vars"), "([] [M!Next]_M!vars)");
  EXPECT_EQ(E("ENABLED A"), "(ENABLED A)");
  EXPECT_EQ(E("UNCHANGED <<x, y>>"), "(UNCHANGED <<x, y>>)");
  EXPECT_EQ(E("P ~> Q"), "(P ~> Q)");
  EXPECT_EQ(E("P -+-> Q"), "(P -+-> Q)");
  EXPECT_EQ(E("A \\cdot B"), "(A \\cdot B)");
  EXPECT_EQ(E("x' = x + 1"), "((x') = (x + 1))");
}

TEST(Expr, Unicode) {
  EXPECT_EQ(E("∀ x ∈ S : x ≠ 1 ∧ ¬ y ⇒ z ≤ 2"), "(\\A x \\in S : (((x /= 1) /\\ (~ y)) => (z <= 2)))");
  EXPECT_EQ(E("⟨a, b⟩"), "<<a, b>>");
  // located at the left operator, as SANY does
  EXPECT_EQ(E("a ∪ b ∩ c"), "ERROR 1:3 precedence conflict between `\\cup` and `\\cap`; add parentheses");
  EXPECT_EQ(E("□◇P"), "([] (<> P))");
  EXPECT_EQ(E("a ⊕ b"), "(a \\oplus b)");
  EXPECT_EQ(E("[x ∈ S ↦ x]"), "[x \\in S |-> x]");
  EXPECT_EQ(E("A × B"), "(A \\X B)");
}

TEST(Expr, Canonical) {
  EXPECT_EQ(E("a \\land b \\lor c"), "ERROR 1:3 precedence conflict between `/\\` and `\\/`; add parentheses");
  EXPECT_EQ(E("\\lnot a # b"), "(~ (a /= b))");
  EXPECT_EQ(E("a =< b"), "(a <= b)");
  EXPECT_EQ(E("a \\geq b"), "(a >= b)");
  EXPECT_EQ(E("S \\union T"), "(S \\cup T)");
  EXPECT_EQ(E("S \\intersect T"), "(S \\cap T)");
  EXPECT_EQ(E("a \\circ b"), "(a \\o b)");
  EXPECT_EQ(E("a \\equiv b"), "(a <=> b)");
  EXPECT_EQ(E("-a"), "(-. a)");
  // Every synonym of SANY's operator table has one spelling (Operators.java).
  EXPECT_EQ(E("\\neg a"), "(~ a)");
  EXPECT_EQ(E("a # b"), "(a /= b)");
  EXPECT_EQ(E("a <= b"), "(a <= b)");
  EXPECT_EQ(E("a \\leq b"), "(a <= b)");
  EXPECT_EQ(E("A \\times B"), "(A \\X B)");
  EXPECT_EQ(E("a (+) b"), "(a \\oplus b)");
  EXPECT_EQ(E("a (-) b"), "(a \\ominus b)");
  EXPECT_EQ(E("a (.) b"), "(a \\odot b)");
  EXPECT_EQ(E("a (/) b"), "(a \\oslash b)");
  EXPECT_EQ(E("a (\\X) b"), "(a \\otimes b)");
  EXPECT_EQ(E("\\forall x \\in S : P"), "(\\A x \\in S : P)");
  EXPECT_EQ(E("\\exists x \\in S : P"), "(\\E x \\in S : P)");
  EXPECT_EQ(E("\\existsx"), "ERROR 1:1 unknown operator `\\existsx`");
}

// ------------------------------------------------------------------ precedence
TEST(Precedence, Table) {
  EXPECT_EQ(E("a + b * c"), "(a + (b * c))");
  EXPECT_EQ(E("a * b + c"), "((a * b) + c)");
  EXPECT_EQ(E("a + b - c"), "(a + (b - c))");  // SANY: - (11) binds tighter than + (10)
  EXPECT_EQ(E("a - b + c"), "((a - b) + c)");
  EXPECT_EQ(E("a - b - c"), "((a - b) - c)");  // left associative
  EXPECT_EQ(E("a * b * c"), "((a * b) * c)");
  EXPECT_EQ(E("-a^2"), "(-. (a ^ 2))");
  EXPECT_EQ(E("-a + b"), "((-. a) + b)");
  EXPECT_EQ(E("~a = b"), "(~ (a = b))");
  EXPECT_EQ(E("~a /\\ b"), "((~ a) /\\ b)");
  EXPECT_EQ(E("x \\in SUBSET S \\cup T"), "(x \\in ((SUBSET S) \\cup T))");
  EXPECT_EQ(E("DOMAIN f \\cup S"), "((DOMAIN f) \\cup S)");
  EXPECT_EQ(E("a => b /\\ c"), "(a => (b /\\ c))");
  EXPECT_EQ(E("a /\\ b /\\ c"), "(a /\\ b /\\ c)");
  EXPECT_EQ(E("(a /\\ b) /\\ c"), "((a /\\ b) /\\ c)");
  EXPECT_EQ(E("a \\/ b \\/ c"), "(a \\/ b \\/ c)");
  EXPECT_EQ(E("a <=> b => c"), "((a <=> b) => c)");
  EXPECT_EQ(E("x = y + 1 .. 3"), "(x = ((y + 1) .. 3))");
  EXPECT_EQ(E("f @@ g @@ h"), "((f @@ g) @@ h)");
  EXPECT_EQ(E("a :> b @@ c :> d"), "((a :> b) @@ (c :> d))");
  EXPECT_EQ(E("s \\o t \\o u"), "((s \\o t) \\o u)");
  EXPECT_EQ(E("a (+) b \\oplus c"), "((a \\oplus b) \\oplus c)");  // synonyms: same operator
  EXPECT_EQ(E("x' = -1"), "((x') = (-. 1))");
  EXPECT_EQ(E("a + -b"), "(a + (-. b))");
  EXPECT_EQ(E("[]P => []Q"), "(([] P) => ([] Q))");
}

// SANY's PrimitiveExp: an infix or postfix operator symbol applied in prefix form.
TEST(Expr, PrefixFormApplication) {
  EXPECT_EQ(E("+(4, 6)"), "(4 + 6)");
  EXPECT_EQ(E("+(4, 6) = 10"), "((4 + 6) = 10)");
  // The prefix form with the wrong number of arguments parses (resolution rejects it).
  EXPECT_EQ(E("+(1)"), "+(1)");
  EXPECT_EQ(E("+(1, 2, 3)"), "+(1, 2, 3)");
  EXPECT_EQ(E("\\in(1, S)"), "(1 \\in S)");
  EXPECT_EQ(E("(+) (1, 2)"), "(1 \\oplus 2)");
  EXPECT_EQ(E("=<(1, 2)"), "(1 <= 2)");
  EXPECT_EQ(E("^+(a)"), "(a^+)");
  EXPECT_EQ(E("..(1, 2 + 3)"), "(1 .. (2 + 3))");
  EXPECT_EQ(E("F!+(4, 6)"), "F!+(4, 6)");
  EXPECT_EQ(E("F!(+)(4, 6)"), "F!\\oplus(4, 6)");
  // prefix minus is read as `-`, not as the infix symbol; \X is no operator
  EXPECT_EQ(E("-(4, 6)").rfind("ERROR", 0), 0u);
  EXPECT_EQ(E("\\X(A, B)").rfind("ERROR", 0), 0u);
}

TEST(Precedence, Conflicts) {
  EXPECT_EQ(E("a \\/ b /\\ c"), "ERROR 1:3 precedence conflict between `\\/` and `/\\`; add parentheses");
  EXPECT_EQ(E("a = b = c"), "ERROR 1:3 precedence conflict between `=` and `=`; add parentheses");
  EXPECT_EQ(E("2^-1"), "ERROR 1:2 precedence conflict between `^` and prefix `-`; add parentheses");
  EXPECT_EQ(E("a * -b"), "ERROR 1:3 precedence conflict between `*` and prefix `-`; add parentheses");
  EXPECT_EQ(E("a => b => c"), "ERROR 1:3 precedence conflict between `=>` and `=>`; add parentheses");
  EXPECT_EQ(E("a ^ b ^ c"), "ERROR 1:3 precedence conflict between `^` and `^`; add parentheses");
  EXPECT_EQ(E("a < b <= c"), "ERROR 1:3 precedence conflict between `<` and `<=`; add parentheses");
  EXPECT_EQ(E("a \\cdot b = c"), "ERROR 1:3 precedence conflict between `\\cdot` and `=`; add parentheses");
  EXPECT_EQ(E("ENABLED a = b"), "ERROR 1:1 precedence conflict between `ENABLED` and `=`; add parentheses");
  EXPECT_EQ(E("a / b / c"), "ERROR 1:3 precedence conflict between `/` and `/`; add parentheses");
}

// ------------------------------------------------------------------ junction lists
TEST(Junction, Basic) {
  EXPECT_EQ(D("A == /\\ a\n     /\\ b"), "(/\\ a /\\ b)");
  EXPECT_EQ(D("A == \\/ a\n     \\/ b\n     \\/ c"), "(\\/ a \\/ b \\/ c)");
  EXPECT_EQ(D("A == /\\ a"), "(/\\ a)");
}

TEST(Junction, Nested) {
  EXPECT_EQ(D("A == \\/ /\\ a\n        /\\ b\n     \\/ c"), "(\\/ (/\\ a /\\ b) \\/ c)");
  EXPECT_EQ(D("A == /\\ \\/ a\n        \\/ b\n     /\\ \\/ c\n        \\/ d"),
            "(/\\ (\\/ a \\/ b) /\\ (\\/ c \\/ d))");
  EXPECT_EQ(D("A == /\\ a\n     /\\ \\/ b\n        \\/ /\\ c\n           /\\ d\n     /\\ e"),
            "(/\\ a /\\ (\\/ b \\/ (/\\ c /\\ d)) /\\ e)");
}

TEST(Junction, ItemContinuedOnNextLine) {
  EXPECT_EQ(D("A == /\\ x =\n         1\n     /\\ y"), "(/\\ (x = 1) /\\ y)");
  EXPECT_EQ(D("A == /\\ x\n        + 1 = 2\n     /\\ y"), "(/\\ ((x + 1) = 2) /\\ y)");
  // an infix /\ at a deeper column inside an item is an infix operator
  EXPECT_EQ(D("A == /\\ a\n       /\\ b\n     /\\ c"), "(/\\ (a /\\ b) /\\ c)");
}

TEST(Junction, EndedByOutdentedToken) {
  // the list ends at `=>` (column <= bullet column); `=>` then applies to the whole list
  EXPECT_EQ(D("A == /\\ a\n     /\\ b\n    => c"), "((/\\ a /\\ b) => c)");
  // a different bullet kind at the same column ends the list
  EXPECT_EQ(D("A ==\n  /\\ a\n  \\/ b"), "((/\\ a) \\/ b)");
  // a token left of the bullet ends the item and the list
  EXPECT_EQ(M("A == /\\ a\n     /\\ b\nB == 1"),
            "MODULE M\nA == (/\\ a /\\ b)\nB == 1\n====\n");
}

TEST(Junction, OuterBoundBindsInnerList) {
  // the inner list's second item would be at column 9 but the outer `\/` at column 6
  // ends both the inner item and the inner list
  EXPECT_EQ(D("A == \\/ /\\ a\n        /\\ b\n     \\/ /\\ c"), "(\\/ (/\\ a /\\ b) \\/ (/\\ c))");
}

TEST(Junction, IfAndQuantifierInsideList) {
  EXPECT_EQ(D("A == /\\ IF a THEN b\n        ELSE c\n     /\\ d"), "(/\\ (IF a THEN b ELSE c) /\\ d)");
  EXPECT_EQ(D("A == /\\ \\E x \\in S : /\\ x\n                     /\\ y\n     /\\ z"),
            "(/\\ (\\E x \\in S : (/\\ x /\\ y)) /\\ z)");
  EXPECT_EQ(D("A == /\\ x' = [x EXCEPT ![1] = 2]\n     /\\ UNCHANGED y"),
            "(/\\ ((x') = [x EXCEPT ![1] = 2]) /\\ (UNCHANGED y))");
  EXPECT_EQ(D("A == \\/ CASE a -> /\\ b\n                  /\\ c\n          [] OTHER -> d\n     \\/ e"),
            "(\\/ (CASE a -> (/\\ b /\\ c) [] OTHER -> d) \\/ e)");
}

TEST(Junction, ParenthesesReleaseTheBound) {
  EXPECT_EQ(D("A == /\\ f(a,\nb)\n     /\\ c"), "(/\\ f(a, b) /\\ c)");
}

TEST(Junction, MisalignedBullet) {
  // a `/\` left of the bullet column ends the list; in infix position it is then infix
  EXPECT_EQ(D("A == /\\ a\n    /\\ b"), "((/\\ a) /\\ b)");
  // an item token left of the bullet column that cannot continue anything is an error
  EXPECT_TRUE(Err("---- MODULE M ----\nA == /\\ a =\n    1\n====\n", 3, 5, "expected expression, found number `1`"));
}

// ------------------------------------------------------------------ modules
TEST(Module, Units) {
  std::string src =
      "EXTENDS Naturals, Sequences\n"
      "CONSTANT N, F(_, _), _ ** _\n"
      "CONSTANTS a\n"
      "VARIABLES x, y\n"
      "VARIABLE z\n"
      "ASSUME N > 0\n"
      "ASSUME Pos == N > 1\n"
      "AXIOM TRUE\n"
      "RECURSIVE R(_)\n"
      "R(n) == IF n = 0 THEN 0 ELSE R(n - 1)\n"
      "Op(G(_), v) == G(v)\n"
      "a ** b == a\n"
      "a (+) b == a\n"
      "x^+ == x\n"
      "-. a == a\n"
      "f[i \\in Nat, j \\in Nat] == i + j\n"
      "---------------\n"
      "I == INSTANCE Foo WITH p <- 1, q <- x, + <- F\n"
      "J(k) == INSTANCE Foo\n"
      "LOCAL INSTANCE Bar\n"
      "LOCAL L == 1\n"
      "INSTANCE Baz WITH r <- LAMBDA u : u\n";
  EXPECT_EQ(M(src),
            "MODULE M\n"
            "EXTENDS Naturals, Sequences\n"
            "CONSTANTS N, F(_, _), **(_, _)\n"
            "CONSTANTS a\n"
            "VARIABLES x, y\n"
            "VARIABLES z\n"
            "ASSUME (N > 0)\n"
            "ASSUME Pos == (N > 1)\n"
            "ASSUME TRUE\n"
            "RECURSIVE R(_)\n"
            "R(n) == (IF (n = 0) THEN 0 ELSE R((n - 1)))\n"
            "Op(G(_), v) == G(v)\n"
            "a ** b == a\n"
            "a \\oplus b == a\n"
            "x^+ == x\n"
            "-. a == a\n"
            "f[i \\in Nat, j \\in Nat] == (i + j)\n"
            "I == INSTANCE Foo WITH p <- 1, q <- x, + <- F\n"
            "J(k) == INSTANCE Foo\n"
            "LOCAL INSTANCE Bar\n"
            "LOCAL L == 1\n"
            "INSTANCE Baz WITH r <- (LAMBDA u : u)\n"
            "====\n");
}

TEST(Module, TextAroundIgnoredAndSubmodules) {
  Diagnostics d;
  const SourceFile& id = test_sources().add(
      "S.tla",
      "junk before ==== ----\n------ MODULE S -------\nA == 1\n---- MODULE Inner ----\n"
      "B == 2\n=====\nC == Inner!B\n=================\n trailing junk (* \" ");
  auto m = grammar::parse_module(id, d);
  ASSERT_TRUE(m) << (d.items.empty() ? "" : d.items[0].message);
  EXPECT_EQ(dump(*m),
            "MODULE S\nA == 1\nMODULE MODULE Inner\nB == 2\n====\n\nC == Inner!B\n====\n");
  EXPECT_EQ(m->units[1]->kind, ast::UnitKind::Submodule);
}

TEST(Module, Proofs) {
  std::string src =
      "THEOREM T1 == \\A n \\in Nat : n >= 0\n"
      "<1>1. ASSUME NEW n \\in Nat, NEW CONSTANT c PROVE n >= 0\n"
      "  BY DEF Nat\n"
      "<1>a. SUFFICES ASSUME NEW m \\in Nat PROVE m >= 0\n"
      "  OBVIOUS\n"
      "<1>2. CASE TRUE\n"
      "  <2>1. PICK y \\in Nat : y = 0\n"
      "    BY ONLY <1>1, M!Foo DEF Foo, Bar\n"
      "  <2>2. HAVE x = 1\n"
      "  <2>3. TAKE z \\in Nat\n"
      "  <2>4. WITNESS 1, 2\n"
      "  <2>5. DEFINE g == 1\n"
      "  <2>6. h(u) == u\n"
      "  <2> USE <2>1 DEF g\n"
      "  <2> HIDE DEF g\n"
      "  <2>. QED PROOF OMITTED\n"
      "<1> QED\n"
      "  PROOF BY <1>1, <1>2\n"
      "LEMMA ASSUME NEW S, S \\subseteq Nat PROVE TRUE\n"
      "COROLLARY C2 == TRUE OBVIOUS\n"
      "PROPOSITION TRUE\n"
      "USE DEF T1\n"
      "A == 1\n";
  EXPECT_EQ(M(src),
            "MODULE M\n"
            "THEOREM T1 == (\\A n \\in Nat : (n >= 0))\n"
            "THEOREM <proof-only>\n"
            "THEOREM C2 == TRUE\n"
            "THEOREM TRUE\n"
            "USE/HIDE\n"
            "A == 1\n"
            "====\n");
}

// The proof structure SANY's checks of facts and step names need (proof_check.cpp).
TEST(Module, ProofStructure) {
  Diagnostics d;
  const SourceFile& id = test_sources().add(
      "P.tla",
      "---- MODULE P ----\n"
      "THEOREM T == ASSUME NEW a, CONSTANT b, a \\in {} PROVE TRUE\n"
      "<1>1. ASSUME NEW n PROVE n = n\n"
      "  BY ONLY <1>1, M!Foo, 1 + 1, MODULE P DEF Foo, <1>1, +\n"
      "<01>a. SUFFICES ASSUME NEW m PROVE TRUE\n"
      "<1>2. PICK y, z \\in {} : TRUE\n"
      "  <2>1. TAKE t\n"
      "  <2>2. DEFINE g == 1 h(u) == u\n"
      "  <2> HIDE <2>1\n"
      "  <2> INSTANCE Naturals\n"
      "  <2>. QED\n"
      "<1> QED\n"
      "USE T\n"
      "====\n");
  auto m = grammar::parse_module(id, d);
  ASSERT_TRUE(m) << (d.items.empty() ? "" : d.items[0].message);
  const ast::Unit& t = *m->units[0];
  EXPECT_EQ(t.news, (std::vector<std::string>{"a", "b"}));
  using K = ast::ProofItem::K;
  const auto& p = t.proof;
  ASSERT_EQ(p.size(), 10u);
  EXPECT_EQ(p[0].step, "<1>1");
  EXPECT_EQ(p[0].scoped, (std::vector<std::string>{"n"}));
  ASSERT_EQ(p[1].k, K::By);
  const auto& by = *p[1].use;
  ASSERT_EQ(by.facts.size(), 4u);
  EXPECT_EQ(by.facts[0].k, ast::ProofRef::K::Step);
  EXPECT_EQ(by.facts[0].name, "<1>1");
  EXPECT_EQ(by.facts[1].k, ast::ProofRef::K::Expr);
  EXPECT_EQ(by.facts[1].expr->path.size(), 2u);
  EXPECT_EQ(by.facts[3].k, ast::ProofRef::K::Module);
  ASSERT_EQ(by.defs.size(), 3u);
  EXPECT_EQ(by.defs[2].k, ast::ProofRef::K::OpSym);
  EXPECT_EQ(p[2].step, "<01>a");
  EXPECT_EQ(p[2].binds, (std::vector<std::string>{"m"}));
  EXPECT_EQ(p[3].binds, (std::vector<std::string>{"y", "z"}));
  EXPECT_EQ(p[4].binds, (std::vector<std::string>{"t"}));
  EXPECT_EQ(p[5].k, K::Define);
  EXPECT_EQ(p[5].defines, (std::vector<std::string>{"g", "h"}));
  EXPECT_EQ(p[6].k, K::UseHide);
  EXPECT_TRUE(p[6].use->hide);
  EXPECT_EQ(p[7].k, K::Instance);
  EXPECT_EQ(p[8].step, "<2>");
  EXPECT_EQ(p[8].k, K::Fact);
  EXPECT_EQ(p[9].step, "<1>");
  ASSERT_EQ(m->units[1]->kind, ast::UnitKind::UseHide);
  EXPECT_FALSE(m->units[1]->use->hide);
  EXPECT_EQ(m->units[1]->use->facts.size(), 1u);
}

// ------------------------------------------------------------------ errors
TEST(Errors, Located) {
  EXPECT_TRUE(Err("---- MODULE M ----\nA == 1 +\n====\n", 3, 1, "expected expression, found `====`"));
  EXPECT_TRUE(Err("---- MODULE M ----\nA == IF x 1\n====\n", 2, 11, "`THEN`"));
  EXPECT_TRUE(Err("---- MODULE M ----\nA == (* open\n====\n", 2, 6, "unterminated comment"));
  EXPECT_TRUE(Err("---- MODULE M ----\nA == \"abc\n====\n", 2, 6, "unterminated string"));
  EXPECT_TRUE(Err("---- MODULE M ----\nA == 1\n", 3, 1, "missing `====`"));
  EXPECT_TRUE(Err("---- MODULE M ----\nA == 1 ? 2\n====\n", 2, 8, "unexpected character"));
  EXPECT_TRUE(Err("---- MODULE M ----\nA == a \\foo b\n====\n", 2, 8, "unknown operator"));
  EXPECT_TRUE(Err("no module here", 1, 1, "MODULE"));
  EXPECT_TRUE(Err("---- MODULE M ----\nA == a = b = c\n====\n", 2, 8, "precedence conflict"));
  EXPECT_TRUE(Err("---- MODULE M ----\nIF == 1\n====\n", 2, 1, "found `IF`"));  // reserved
  EXPECT_TRUE(Err("---- MODULE M ----\nA == [a |-> 1, b]\n====\n", 2, 17, "expected"));
}

TEST(Errors, DeepNestingIsAnErrorNotACrash) {
  std::string s = "---- MODULE M ----\nA == " + std::string(10000, '(') + "1" +
                  std::string(10000, ')') + "\n====\n";
  Diagnostics d;
  const SourceFile& id = test_sources().add("Deep.tla", s);
  EXPECT_FALSE(grammar::parse_module(id, d));
  ASSERT_FALSE(d.items.empty());
  EXPECT_NE(d.items[0].message.find("nested too deeply"), std::string::npos);
  std::string c = "---- MODULE M ----\n" + std::string(100000, '(') + std::string(50000, '*') + "\n====\n";
  Diagnostics d2;
  EXPECT_FALSE(grammar::parse_module(test_sources().add("C.tla", c), d2));
  EXPECT_FALSE(d2.items.empty());
}

TEST(Errors, ModerateNestingIsFine) {
  std::string s = "---- MODULE M ----\nA == " + std::string(100, '(') + "1" +
                  std::string(100, ')') + " + " + std::string(60, '{') + std::string(60, '}') +
                  "\n====\n";
  Diagnostics d;
  EXPECT_TRUE(grammar::parse_module(test_sources().add("N.tla", s), d));
}

namespace {
// "col:end_col" of an expression's range, and of its outer one (with its parentheses).
std::string Range(const std::string& text, bool outer = false) {
  Diagnostics d;
  auto e = grammar::parse_expr(test_sources(), text, d);
  if (!e) return "ERROR";
  const Loc& l = outer ? e->outer : e->loc;
  return std::to_string(l.col) + ":" + std::to_string(l.end_col);
}
}  // namespace

// SANY's ranges: an operator application spans its operands' parentheses; a parenthesised
// expression has its inner range (TLC's nested-expression locations show both).
TEST(Ranges, ParenthesesOfOperands) {
  EXPECT_EQ(Range("a + (b)"), "1:7");
  EXPECT_EQ(Range("(a) + b"), "1:7");
  EXPECT_EQ(Range("(a + b)"), "2:6");
  EXPECT_EQ(Range("(a + b)", true), "1:7");
  EXPECT_EQ(Range("((a))", true), "1:5");
  EXPECT_EQ(Range("~(a)"), "1:4");
  EXPECT_EQ(Range("(f)[x]"), "1:6");
  EXPECT_EQ(Range("(x)'"), "1:4");
  EXPECT_EQ(Range("a + b"), "1:5");
}
