// Unit tests for the natives of stdlib/extra_builtins.cpp (Bags, TLCExt, Randomization and
// the community modules) and TLCGet("config"): each native is called through
// find_builtin(module, name) with the values TLC's Java overrides or the TLA+ definitions give.
#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <vector>

#include "checker/eval/eval.hpp"
#include "checker/ir/ir.hpp"
#include "checker/value/value.hpp"
#include "checker/eval/natives/builtins.hpp"
#include "tests/checker/test_run.hpp"

namespace cairn {
namespace {

Value I(int64_t i) { return Value::integer(i); }
Value S(const char* s) { return test::test_strings().str(s); }
Value B(bool b) { return Value::boolean(b); }
Value Set(std::vector<Value> v) { return make_set(std::move(v)); }
Value Tup(std::vector<Value> v) { return make_tuple(std::move(v)); }
Value Fcn(std::vector<Value> d, std::vector<Value> r) { return make_fcn(std::move(d), std::move(r)); }

Value call(const char* module, const char* name, std::vector<Value> args) {
  const Builtin* b = find_builtin(module, name);
  EXPECT_NE(b, nullptr) << module << "!" << name;
  if (!b) return Value();
  EXPECT_EQ(b->arity, static_cast<int>(args.size())) << module << "!" << name;
  Ctx c;
  c.worker = &test::test_run().here();  // a run of one worker, for the natives that read it
  return b->fn(args.data(), c);
}

// Operator arguments: closures over test-local natives.
std::deque<Builtin> fake_builtins;
std::deque<Node> fake_nodes;
Value closure(int arity, BuiltinFn fn) {
  fake_builtins.push_back(Builtin{"Test", "test-op", arity, fn});  // a module's operator, not the language's
  fake_nodes.emplace_back(Op::Closure, Loc{});
  fake_nodes.back().builtin = &fake_builtins.back();
  auto* co = new ClosureObj();
  co->target = &fake_nodes.back();
  co->arity = arity;
  return Value::from_obj(co);
}
Value pair_op() { return closure(2, [](const Value* a, Ctx&) { return make_tuple({a[0], a[1]}); }); }
Value plus_op() { return closure(2, [](const Value* a, Ctx&) { return Value::integer(a[0].as_int() + a[1].as_int()); }); }
Value odd_op() { return closure(1, [](const Value* a, Ctx&) { return Value::boolean(a[0].as_int() % 2 != 0); }); }
Value first_op() {  // CHOOSE x \in s : TRUE
  return closure(1, [](const Value* a, Ctx&) { return as_set(enumerate(a[0]))->elems.front(); });
}
Value last_op() {  // Max(s) on integers
  return closure(1, [](const Value* a, Ctx&) { return as_set(enumerate(a[0]))->elems.back(); });
}
Value id_op() { return closure(1, [](const Value* a, Ctx&) { return a[0]; }); }
Value mod2_op() { return closure(1, [](const Value* a, Ctx&) { return Value::integer(a[0].as_int() % 2); }); }
Value gt_op() { return closure(2, [](const Value* a, Ctx&) { return Value::boolean(a[0].as_int() > a[1].as_int()); }); }

#define EXPECT_VAL(actual, expected) EXPECT_EQ(to_string(actual), to_string(expected))

// ---- Bags --------------------------------------------------------------------------------

Value bag(std::vector<std::pair<int64_t, int64_t>> kv) {
  std::vector<Value> d, r;
  for (auto [k, v] : kv) { d.push_back(I(k)); r.push_back(I(v)); }
  return Fcn(d, r);
}

TEST(StdlibBags, Basics) {
  Value b1 = bag({{1, 2}, {2, 1}}), b2 = bag({{2, 3}, {3, 1}});
  EXPECT_VAL(call("Bags", "IsABag", {b1}), B(true));
  EXPECT_VAL(call("Bags", "IsABag", {bag({{1, 0}})}), B(false));
  EXPECT_VAL(call("Bags", "IsABag", {I(3)}), B(false));
  EXPECT_VAL(call("Bags", "EmptyBag", {}), Fcn({}, {}));
  EXPECT_TRUE(equals(call("Bags", "BagToSet", {b1}), Set({I(1), I(2)})));
  EXPECT_VAL(call("Bags", "SetToBag", {Set({I(4), I(5)})}), bag({{4, 1}, {5, 1}}));
  EXPECT_VAL(call("Bags", "BagIn", {I(1), b1}), B(true));
  EXPECT_VAL(call("Bags", "BagIn", {I(3), b1}), B(false));
  EXPECT_VAL(call("Bags", "CopiesIn", {I(1), b1}), I(2));
  EXPECT_VAL(call("Bags", "CopiesIn", {I(9), b1}), I(0));
  EXPECT_VAL(call("Bags", "\\oplus", {b1, b2}), bag({{1, 2}, {2, 4}, {3, 1}}));
  EXPECT_VAL(call("Bags", "\\oplus", {b1, b2}), bag({{1, 2}, {2, 4}, {3, 1}}));
  EXPECT_VAL(call("Bags", "\\ominus", {b2, b1}), bag({{2, 2}, {3, 1}}));
  EXPECT_VAL(call("Bags", "\\ominus", {b1, b2}), bag({{1, 2}}));
  EXPECT_VAL(call("Bags", "BagUnion", {Set({b1, b2})}), bag({{1, 2}, {2, 4}, {3, 1}}));
  EXPECT_VAL(call("Bags", "BagUnion", {Set({b1, b1})}), b1);  // a set: b1 once
  EXPECT_VAL(call("Bags", "BagUnion", {Set({})}), Fcn({}, {}));
  EXPECT_VAL(call("Bags", "\\sqsubseteq", {b1, bag({{1, 2}, {2, 4}})}), B(true));
  EXPECT_VAL(call("Bags", "\\sqsubseteq", {b2, b1}), B(false));
  EXPECT_VAL(call("Bags", "BagCardinality", {b1}), I(3));
  EXPECT_THROW(call("Bags", "BagCardinality", {bag({{1, 0}})}), Error);
  EXPECT_VAL(call("Bags", "BagOfAll", {mod2_op(), bag({{1, 2}, {2, 1}, {3, 5}})}), bag({{0, 1}, {1, 7}}));
  EXPECT_THROW(call("Bags", "\\oplus", {bag({{1, -1}}), b1}), Error);
}

TEST(StdlibBags, BagsExt) {
  EXPECT_VAL(call("BagsExt", "SumBag", {bag({{1, 2}, {5, 1}})}), I(7));
  // FoldBag calls op(acc, elem): ((0, 1), 1), 5 nested as pairs.
  EXPECT_VAL(call("BagsExt", "FoldBag", {pair_op(), I(0), bag({{1, 2}, {5, 1}})}),
             Tup({Tup({Tup({I(0), I(1)}), I(1)}), I(5)}));
}

// ---- TLCExt, Randomization, TLCGet ------------------------------------------------------

TEST(StdlibTLCExt, Natives) {
  EXPECT_VAL(call("TLCExt", "TLCNoOp", {I(42)}), I(42));
  EXPECT_VAL(call("TLCExt", "TLCCache", {I(3), Set({})}), I(3));
  EXPECT_VAL(call("TLCExt", "TLCDefer", {I(1)}), B(true));
  EXPECT_VAL(call("TLCExt", "TLCGetOrDefault", {I(1), S("d")}), S("d"));
  Value m = call("TLCExt", "TLCModelValue", {S("mv_test")});
  EXPECT_TRUE(m.is_model());
  EXPECT_EQ(to_string(m), "mv_test");
  EXPECT_THROW(call("TLCExt", "TLCModelValue", {I(1)}), Error);
}

TEST(StdlibRandomization, Shapes) {
  Value s = Set({I(1), I(2), I(3), I(4), I(5)});
  for (int i = 0; i < 20; ++i) {
    Value r = call("Randomization", "RandomSubset", {I(2), s});
    EXPECT_EQ(cardinality(r), 2);
    EXPECT_TRUE(call("", "\\subseteq", {r, s}).as_bool());
  }
  EXPECT_VAL(call("Randomization", "RandomSubset", {I(0), s}), Set({}));
  EXPECT_VAL(call("Randomization", "RandomSetOfSubsets", {I(3), I(5), s}), Set({s}));  // p = 1
  EXPECT_VAL(call("Randomization", "RandomSubsetSet", {I(3), S("0.0"), s}), Set({Set({})}));
  EXPECT_LE(cardinality(call("Randomization", "RandomSetOfSubsets", {I(4), I(2), s})), 4);
  EXPECT_THROW(call("Randomization", "RandomSetOfSubsets", {I(9), I(1), Set({I(1), I(2)})}), Error);
  EXPECT_THROW(call("Randomization", "RandomSetOfSubsets", {I(1), I(3), Set({I(1), I(2)})}), Error);
  EXPECT_THROW(call("Randomization", "RandomSubsetSet", {I(1), S("x"), s}), Error);
}

TEST(StdlibTLC, TLCGetConfig) {
  Value cfg = call("TLC", "TLCGet", {S("config")});
  EXPECT_VAL(apply(cfg, S("mode")), S("bfs"));
  EXPECT_TRUE(apply(cfg, S("deadlock")).is_bool());
  EXPECT_TRUE(apply(cfg, S("worker")).is_int());
  EXPECT_EQ(cardinality(domain(cfg)), 6);
  EXPECT_VAL(call("TLC", "TLCGet", {S("level")}), I(0));
  EXPECT_VAL(call("TLC", "TLCGet", {S("-Dfoo")}), S("-Dfoo"));
  EXPECT_THROW(call("TLC", "TLCGet", {S("nosuchkey")}), Error);
  EXPECT_THROW(call("TLC", "TLCGet", {I(0)}), Error);
}

// ---- FiniteSetsExt, Folds ------------------------------------------------------------------

TEST(StdlibFiniteSetsExt, Folds) {
  Value s = Set({I(3), I(1), I(2)});
  // FiniteSetsExt.java foldSet: acc := op(elem, acc) in enumeration order 1, 2, 3.
  EXPECT_VAL(call("FiniteSetsExt", "FoldSet", {pair_op(), I(0), s}),
             Tup({I(3), Tup({I(2), Tup({I(1), I(0)})})}));
  EXPECT_VAL(call("FiniteSetsExt", "ReduceSet", {pair_op(), s, I(0)}),
             Tup({I(3), Tup({I(2), Tup({I(1), I(0)})})}));
  EXPECT_VAL(call("FiniteSetsExt", "SumSet", {make_interval(1, 10)}), I(55));
  EXPECT_VAL(call("FiniteSetsExt", "SumSet", {Set({})}), I(0));
  EXPECT_VAL(call("FiniteSetsExt", "ProductSet", {make_interval(1, 5)}), I(120));
  EXPECT_VAL(call("FiniteSetsExt", "MapThenSumSet", {id_op(), s}), I(6));
  // The TLA+ MapThenFoldSet: op(f(x1), op(f(x2), ... op(f(xn), base))) with x = choose(s).
  EXPECT_VAL(call("Folds", "MapThenFoldSet", {pair_op(), I(0), id_op(), first_op(), s}),
             Tup({I(1), Tup({I(2), Tup({I(3), I(0)})})}));
  EXPECT_VAL(call("Folds", "MapThenFoldSet", {pair_op(), I(0), id_op(), last_op(), s}),
             Tup({I(3), Tup({I(2), Tup({I(1), I(0)})})}));
  EXPECT_VAL(call("Folds", "MapThenFoldSet", {pair_op(), I(7), id_op(), first_op(), Set({})}), I(7));
}

TEST(StdlibFiniteSetsExt, Others) {
  Value s = Set({I(3), I(1), I(2)});
  EXPECT_VAL(call("FiniteSetsExt", "Max", {s}), I(3));
  EXPECT_VAL(call("FiniteSetsExt", "Min", {s}), I(1));
  EXPECT_THROW(call("FiniteSetsExt", "Max", {Set({})}), Error);
  EXPECT_THROW(call("FiniteSetsExt", "Min", {Set({I(1), S("a")})}), Error);
  EXPECT_VAL(call("FiniteSetsExt", "Quantify", {make_interval(1, 7), odd_op()}), I(4));
  EXPECT_VAL(call("FiniteSetsExt", "kSubset", {I(2), s}),
             Set({Set({I(1), I(2)}), Set({I(1), I(3)}), Set({I(2), I(3)})}));
  EXPECT_VAL(call("FiniteSetsExt", "kSubset", {I(0), s}), Set({Set({})}));
  EXPECT_VAL(call("FiniteSetsExt", "kSubset", {I(4), s}), Set({}));
  EXPECT_EQ(cardinality(call("FiniteSetsExt", "kSubset", {I(3), make_interval(1, 6)})), 20);
  EXPECT_VAL(call("FiniteSetsExt", "ChooseUnique", {make_interval(2, 4), odd_op()}), I(3));
  EXPECT_THROW(call("FiniteSetsExt", "ChooseUnique", {make_interval(1, 4), odd_op()}), Error);
}

// ---- Functions -----------------------------------------------------------------------------

TEST(StdlibFunctions, All) {
  Value f = Tup({I(1), I(1), I(2)});
  EXPECT_VAL(call("Functions", "Range", {f}), Set({I(1), I(2)}));
  EXPECT_VAL(call("Functions", "Restrict", {f, Set({I(1), I(3)})}), Fcn({I(1), I(3)}, {I(1), I(2)}));
  EXPECT_VAL(call("Functions", "IsInjective", {f}), B(false));
  EXPECT_VAL(call("Functions", "IsInjective", {Tup({I(2), I(1)})}), B(true));
  // Inverse: for t outside the range, the first s in S; inside, the first s with f[s] = t.
  EXPECT_VAL(call("Functions", "Inverse", {f, Set({I(1), I(2), I(3)}), Set({I(1), I(2), I(5)})}),
             Fcn({I(1), I(2), I(5)}, {I(1), I(3), I(1)}));
  EXPECT_VAL(call("Functions", "AntiFunction", {Tup({S("a"), S("b")})}), Fcn({S("a"), S("b")}, {I(1), I(2)}));
  Value s3 = make_interval(1, 3), s2 = make_interval(1, 2);
  EXPECT_EQ(cardinality(call("Functions", "Injection", {s2, s3})), 6);
  EXPECT_EQ(cardinality(call("Functions", "Surjection", {s3, s2})), 6);
  EXPECT_EQ(cardinality(call("Functions", "Bijection", {s3, s3})), 6);
  EXPECT_VAL(call("Functions", "Bijection", {s2, s2}), Set({Tup({I(1), I(2)}), Tup({I(2), I(1)})}));
  EXPECT_VAL(call("Functions", "ExistsInjection", {s3, s2}), B(false));
  EXPECT_VAL(call("Functions", "ExistsSurjection", {s3, s2}), B(true));
  EXPECT_VAL(call("Functions", "ExistsBijection", {s2, s2}), B(true));
  Value g = Tup({I(10), I(20), I(30)});
  // Functions.java foldFunctionOnSet: acc := op(fun[i], acc) over the index set's order.
  EXPECT_VAL(call("Functions", "FoldFunction", {pair_op(), I(0), g}),
             Tup({I(30), Tup({I(20), Tup({I(10), I(0)})})}));
  EXPECT_VAL(call("Functions", "FoldFunctionOnSet", {plus_op(), I(0), g, Set({I(1), I(3)})}), I(40));
  EXPECT_VAL(call("Functions", "SumFunction", {g}), I(60));
  EXPECT_VAL(call("Functions", "SumFunctionOnSet", {g, Set({I(2)})}), I(20));
}

// ---- SequencesExt --------------------------------------------------------------------------

TEST(StdlibSequencesExt, All) {
  Value s = Tup({I(3), I(1), I(2)});
  EXPECT_VAL(call("SequencesExt", "ToSet", {s}), Set({I(1), I(2), I(3)}));
  EXPECT_VAL(call("SequencesExt", "SetToSeq", {Set({I(3), I(1), I(2)})}), Tup({I(1), I(2), I(3)}));
  EXPECT_VAL(call("SequencesExt", "SetToSeq", {Set({})}), Tup({}));
  EXPECT_VAL(call("SequencesExt", "SetToSortSeq", {Set({I(3), I(1), I(2)}), gt_op()}), Tup({I(3), I(2), I(1)}));
  EXPECT_EQ(cardinality(call("SequencesExt", "SetToSeqs", {make_interval(1, 4)})), 24);
  EXPECT_VAL(call("SequencesExt", "SetToSeqs", {Set({})}), Set({Tup({})}));
  EXPECT_VAL(call("SequencesExt", "Contains", {s, I(2)}), B(true));
  EXPECT_VAL(call("SequencesExt", "Contains", {s, I(5)}), B(false));
  EXPECT_VAL(call("SequencesExt", "FoldLeft", {pair_op(), I(0), s}),
             Tup({Tup({Tup({I(0), I(3)}), I(1)}), I(2)}));
  EXPECT_VAL(call("SequencesExt", "FoldRight", {pair_op(), s, I(0)}),
             Tup({I(3), Tup({I(1), Tup({I(2), I(0)})})}));
  EXPECT_VAL(call("SequencesExt", "FoldLeftDomain", {pair_op(), I(0), s}),
             Tup({Tup({Tup({I(0), I(1)}), I(2)}), I(3)}));
  EXPECT_VAL(call("SequencesExt", "FoldRightDomain", {pair_op(), s, I(0)}),
             Tup({I(1), Tup({I(2), Tup({I(3), I(0)})})}));
  EXPECT_VAL(call("SequencesExt", "FoldSeq", {plus_op(), I(0), s}), I(6));
  EXPECT_VAL(call("SequencesExt", "IsPrefix", {Tup({I(3), I(1)}), s}), B(true));
  EXPECT_VAL(call("SequencesExt", "IsPrefix", {Tup({I(1)}), s}), B(false));
  EXPECT_VAL(call("SequencesExt", "IsPrefix", {S("ab"), S("abc")}), B(true));
  EXPECT_VAL(call("SequencesExt", "SelectInSeq", {s, odd_op()}), I(1));
  EXPECT_VAL(call("SequencesExt", "SelectLastInSeq", {s, odd_op()}), I(2));
  EXPECT_VAL(call("SequencesExt", "SelectInSubSeq", {s, I(2), I(3), odd_op()}), I(2));
  EXPECT_VAL(call("SequencesExt", "SelectLastInSubSeq", {s, I(3), I(3), odd_op()}), I(0));
  EXPECT_THROW(call("SequencesExt", "SelectInSubSeq", {s, I(0), I(3), odd_op()}), Error);
  EXPECT_VAL(call("SequencesExt", "RemoveFirst", {Tup({I(1), I(2), I(1)}), I(1)}), Tup({I(2), I(1)}));
  EXPECT_VAL(call("SequencesExt", "RemoveFirstMatch", {Tup({I(2), I(3), I(5)}), odd_op()}), Tup({I(2), I(5)}));
  EXPECT_VAL(call("SequencesExt", "Suffixes", {Tup({I(1), I(2)})}), Set({Tup({}), Tup({I(2)}), Tup({I(1), I(2)})}));
  EXPECT_EQ(cardinality(call("SequencesExt", "AllSubSeqs", {s})), 8);
  EXPECT_VAL(call("SequencesExt", "AllSubSeqs", {Tup({I(1), I(1)})}), Set({Tup({}), Tup({I(1)}), Tup({I(1), I(1)})}));
  EXPECT_VAL(call("SequencesExt", "LongestCommonPrefix", {Set({Tup({I(1), I(2), I(3)}), Tup({I(1), I(2)}), Tup({I(1), I(5)})})}),
             Tup({I(1)}));
  EXPECT_VAL(call("SequencesExt", "LongestCommonPrefix", {Set({S("abc"), S("abd")})}), S("ab"));
  EXPECT_THROW(call("SequencesExt", "LongestCommonPrefix", {Set({})}), Error);
}

// ---- Bitwise, Combinatorics --------------------------------------------------------------

TEST(StdlibBitwise, All) {
  EXPECT_VAL(call("Bitwise", "And", {I(12), I(10), I(0), I(12)}), I(8));
  EXPECT_VAL(call("Bitwise", "Or", {I(12), I(3), I(0), I(12)}), I(15));
  EXPECT_VAL(call("Bitwise", "Xor", {I(12), I(10), I(0), I(12)}), I(6));
  EXPECT_VAL(call("Bitwise", "&", {I(12), I(10)}), I(8));
  EXPECT_VAL(call("Bitwise", "|", {I(12), I(3)}), I(15));
  EXPECT_VAL(call("Bitwise", "^^", {I(12), I(10)}), I(6));
  EXPECT_VAL(call("Bitwise", "Not", {I(5)}), I(2));   // flips the bits below the highest set bit
  EXPECT_VAL(call("Bitwise", "Not", {I(0)}), I(0));
  EXPECT_VAL(call("Bitwise", "Not", {I(8)}), I(7));
  EXPECT_VAL(call("Bitwise", "shiftR", {I(16), I(2)}), I(4));
  EXPECT_VAL(call("Bitwise", "shiftR", {I(7), I(0)}), I(7));
}

TEST(StdlibCombinatorics, Choose) {
  EXPECT_VAL(call("Combinatorics", "choose", {I(10), I(3)}), I(120));
  EXPECT_VAL(call("Combinatorics", "choose", {I(5), I(0)}), I(1));
  EXPECT_VAL(call("Combinatorics", "choose", {I(5), I(5)}), I(1));
  EXPECT_VAL(call("Combinatorics", "choose", {I(3), I(5)}), I(0));
  EXPECT_VAL(call("Combinatorics", "choose", {I(33), I(16)}), I(1166803110));
  EXPECT_THROW(call("Combinatorics", "choose", {I(34), I(17)}), Error);
  EXPECT_THROW(call("Combinatorics", "choose", {I(-1), I(0)}), Error);
}

// ---- Relation, Graphs ----------------------------------------------------------------------

Value succ_relation(int64_t n) {  // R[x, y] == y = x + 1 over 1..n
  std::vector<Value> d, r;
  for (int64_t x = 1; x <= n; ++x)
    for (int64_t y = 1; y <= n; ++y) { d.push_back(Tup({I(x), I(y)})); r.push_back(B(y == x + 1)); }
  return Fcn(d, r);
}

TEST(StdlibRelation, Closure) {
  Value tc = call("Relation", "TransitiveClosure", {succ_relation(3), make_interval(1, 3)});
  EXPECT_VAL(apply(tc, Tup({I(1), I(3)})), B(true));
  EXPECT_VAL(apply(tc, Tup({I(3), I(1)})), B(false));
  EXPECT_VAL(apply(tc, Tup({I(2), I(2)})), B(false));
  EXPECT_EQ(cardinality(domain(tc)), 9);
  Value rtc = call("Relation", "ReflexiveTransitiveClosure", {succ_relation(3), make_interval(1, 3)});
  EXPECT_VAL(apply(rtc, Tup({I(2), I(2)})), B(true));
  EXPECT_VAL(call("Relation", "IsConnected", {succ_relation(3), make_interval(1, 3)}), B(false));
  EXPECT_VAL(call("Relation", "TransitiveClosure", {Fcn({}, {}), Set({})}), Fcn({}, {}));
}

Value graph(Value nodes, Value edges) {
  return make_record({{test::test_strings().str("node"), std::move(nodes)}, {test::test_strings().str("edge"), std::move(edges)}});
}

// The overrides of AbstractGraphs.java (Graphs.java, UndirectedGraphs.java).
TEST(StdlibGraphs, Directed) {
  Value cyc = graph(make_interval(1, 3), Set({Tup({I(1), I(2)}), Tup({I(2), I(3)}), Tup({I(3), I(1)})}));
  Value line = graph(make_interval(1, 3), Set({Tup({I(1), I(2)}), Tup({I(2), I(3)})}));
  EXPECT_VAL(call("Graphs", "IsStronglyConnected", {cyc}), B(true));
  EXPECT_VAL(call("Graphs", "IsStronglyConnected", {line}), B(false));
  EXPECT_VAL(call("Graphs", "IsStronglyConnected", {graph(Set({}), Set({}))}), B(true));
  EXPECT_VAL(call("Graphs", "AreConnectedIn", {I(1), I(3), line}), B(true));
  EXPECT_VAL(call("Graphs", "AreConnectedIn", {I(3), I(1), line}), B(false));
  EXPECT_VAL(call("Graphs", "AreConnectedIn", {I(2), I(2), line}), B(true));
  EXPECT_VAL(call("Graphs", "AreConnectedIn", {I(9), I(9), line}), B(false));
  // An edge that is not a 2-tuple, or leaves the node set, is no edge.
  Value odd = graph(make_interval(1, 2), Set({Tup({I(1)}), Tup({I(1), I(2), I(2)}), Tup({I(2), I(7)})}));
  EXPECT_VAL(call("Graphs", "AreConnectedIn", {I(1), I(2), odd}), B(false));
  EXPECT_VAL(call("Graphs", "SimplePath", {graph(make_interval(1, 2), Set({Tup({I(1), I(2)})}))}),
             Set({Tup({I(1)}), Tup({I(2)}), Tup({I(1), I(2)})}));
  EXPECT_EQ(cardinality(call("Graphs", "SimplePath", {cyc})), 9);
}

TEST(StdlibGraphs, Undirected) {
  Value g = graph(make_interval(1, 4), Set({Set({I(1), I(2)}), Set({I(3), I(4)})}));
  EXPECT_VAL(call("UndirectedGraphs", "AreConnectedIn", {I(2), I(1), g}), B(true));
  EXPECT_VAL(call("UndirectedGraphs", "AreConnectedIn", {I(1), I(3), g}), B(false));
  EXPECT_VAL(call("UndirectedGraphs", "ConnectedComponents", {g}),
             Set({Set({I(1), I(2)}), Set({I(3), I(4)})}));
  EXPECT_EQ(cardinality(call("UndirectedGraphs", "SimplePath", {g})), 8);
}

}  // namespace
}  // namespace cairn
