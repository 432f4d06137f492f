// Unit tests for checker/value.{hpp,cpp} and the native operators of stdlib/builtins.cpp:
// canonical forms, TLC's total order, equality across kinds, membership (incl. lazy sets),
// enumeration orders, application, DOMAIN, printing, and the built-in operators.
// Expected values come from TLC experiments in shared/notes/tlc-semantics.md (§1, 2, 9-12).
#include <gtest/gtest.h>

#include <climits>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "checker/eval/eval.hpp"
#include "checker/value/value.hpp"
#include "checker/eval/natives/builtins.hpp"
#include "tests/checker/lazy_fixture.hpp"

namespace cairn {
namespace {

// ---- helpers ------------------------------------------------------------------------------

Value I(int64_t i) { return Value::integer(i); }
Value S(std::string_view s) { return test::test_strings().str(s); }
Value B(bool b) { return Value::boolean(b); }
Value M(std::string_view name) { return test::test_strings().model(name); }
Value set(std::initializer_list<Value> xs) { return make_set(std::vector<Value>(xs)); }
Value tup(std::initializer_list<Value> xs) { return make_tuple(std::vector<Value>(xs)); }
Value fcn(std::initializer_list<std::pair<Value, Value>> kv) {
  std::vector<Value> d, r;
  for (auto& [k, v] : kv) { d.push_back(k); r.push_back(v); }
  return make_fcn(std::move(d), std::move(r));
}
Value rec(std::initializer_list<std::pair<const char*, Value>> kv) {
  std::vector<std::pair<Value, Value>> f;
  for (auto& [k, v] : kv) f.emplace_back(S(k), v);
  return make_record(std::move(f));
}
Value lazy(LazyKind k, std::vector<Value> parts = {}, std::vector<Value> fields = {}) {
  return make_lazy_set(k, std::move(parts), std::move(fields));
}

// Calls a native operator through the table, as resolution binds it.
Value call(std::string_view module, std::string_view name, std::vector<Value> args) {
  const Builtin* b = find_builtin(module, name);
  if (!b) throw std::logic_error("no builtin " + std::string(module) + "!" + std::string(name));
  if (b->arity != static_cast<int>(args.size()))
    throw std::logic_error("arity mismatch for " + std::string(name));
  Ctx c;
  c.worker = &test::test_run().here();  // a run of one worker, for the natives that read it
  return b->fn(args.data(), c);
}

// The message of the cairn::Error thrown by f, or "<no error>".
template <class F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  return "<no error>";
}

bool contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

std::vector<std::string> printed_elements(const Value& s) {
  std::vector<std::string> out;
  for_each_element(s, [&](const Value& e) { out.push_back(to_string(e)); return true; });
  return out;
}

#define EXPECT_VEQ(a, b) EXPECT_TRUE(equals((a), (b))) << to_string(a) << " vs " << to_string(b)

// ---- construction and canonical form ---------------------------------------------------------

TEST(ValueConstruct, ScalarsRoundTrip) {
  EXPECT_EQ(I(-7).as_int(), -7);
  EXPECT_TRUE(B(true).as_bool());
  EXPECT_FALSE(B(false).as_bool());
  EXPECT_EQ(S("hello").text(), "hello");
  EXPECT_EQ(S("hello").token(), S("hello").token());
  EXPECT_EQ(M("mv_scalar").text(), "mv_scalar");
  EXPECT_FALSE(Value().defined());
}

TEST(ValueConstruct, SetIsSortedAndDeduplicated) {
  Value s = set({I(3), I(1), I(2), I(1), I(3)});
  ASSERT_EQ(s.kind(), VK::Set);
  const auto& el = as_set(s)->elems;
  ASSERT_EQ(el.size(), 3u);
  EXPECT_EQ(el[0].as_int(), 1);
  EXPECT_EQ(el[1].as_int(), 2);
  EXPECT_EQ(el[2].as_int(), 3);
  EXPECT_EQ(to_string(s), "{1, 2, 3}");
  EXPECT_EQ(fingerprint(s), fingerprint(set({I(1), I(2), I(3)})));
}

TEST(ValueConstruct, NestedSetsDeduplicateStructurally) {
  Value s = set({set({I(2), I(1)}), set({I(1), I(2)}), set({})});
  EXPECT_EQ(as_set(s)->elems.size(), 2u);
  EXPECT_EQ(to_string(s), "{{}, {1, 2}}");
}

TEST(ValueConstruct, TupleEqualsFunctionOnOneToN) {
  Value t = tup({I(1), I(2)});
  Value f = make_fcn({I(1), I(2)}, {I(1), I(2)});
  Value g = make_fcn({I(2), I(1)}, {I(2), I(1)});  // domain given out of order
  EXPECT_TRUE(is_tuple(f));
  EXPECT_TRUE(is_tuple(g));
  EXPECT_VEQ(t, f);
  EXPECT_VEQ(t, g);
  EXPECT_EQ(compare(t, g), 0);
  EXPECT_EQ(fingerprint(t), fingerprint(f));
  EXPECT_EQ(fingerprint(t), fingerprint(g));
  EXPECT_EQ(to_string(g), "<<1, 2>>");
}

TEST(ValueConstruct, FunctionNotOnOneToNIsNotATuple) {
  Value f = make_fcn({I(3), I(2)}, {I(3), I(2)});
  EXPECT_FALSE(is_tuple(f));
  EXPECT_EQ(to_string(f), "(2 :> 2 @@ 3 :> 3)");
  EXPECT_FALSE(is_tuple(make_fcn({I(0), I(1)}, {I(0), I(1)})));
}

TEST(ValueConstruct, EmptyTupleEqualsEmptyFunction) {
  Value e = tup({});
  Value f = make_fcn({}, {});
  EXPECT_TRUE(is_tuple(e));
  EXPECT_VEQ(e, f);
  EXPECT_EQ(fingerprint(e), fingerprint(f));
  EXPECT_EQ(to_string(f), "<<>>");
  EXPECT_EQ(cardinality(domain(f)), 0);
  EXPECT_FALSE(is_record(f));  // the empty function is a tuple, not a record
}

TEST(ValueConstruct, RecordIsFunctionOnStrings) {
  Value r = rec({{"a", I(1)}, {"b", I(2)}});
  Value f = make_fcn({S("b"), S("a")}, {I(2), I(1)});
  EXPECT_TRUE(is_record(r));
  EXPECT_TRUE(is_record(f));
  EXPECT_VEQ(r, f);
  EXPECT_EQ(compare(r, f), 0);
  EXPECT_EQ(fingerprint(r), fingerprint(f));
  EXPECT_EQ(apply(r, S("a")).as_int(), 1);
  EXPECT_EQ(apply(f, S("b")).as_int(), 2);
  EXPECT_STREQ(kind_name(r), "record");
  EXPECT_STREQ(kind_name(tup({I(1)})), "tuple");
  EXPECT_STREQ(kind_name(make_fcn({I(5)}, {I(1)})), "function");
}

TEST(ValueConstruct, IntervalEqualsEnumeratedSet) {
  Value iv = make_interval(1, 3);
  Value en = set({I(3), I(2), I(1)});
  EXPECT_EQ(iv.kind(), VK::Interval);
  EXPECT_VEQ(iv, en);
  EXPECT_VEQ(en, iv);
  EXPECT_EQ(compare(iv, en), 0);
  EXPECT_EQ(compare(en, iv), 0);
  EXPECT_EQ(fingerprint(iv), fingerprint(en));
  EXPECT_EQ(to_string(iv), "1..3");  // an interval keeps printing as an interval
  EXPECT_EQ(to_string(en), "{1, 2, 3}");
}

TEST(ValueConstruct, EmptyIntervalsEqualTheEmptySet) {
  Value a = make_interval(3, 1), b = make_interval(10, -4);
  EXPECT_VEQ(a, empty_set());
  EXPECT_VEQ(empty_set(), a);
  EXPECT_VEQ(a, b);
  EXPECT_EQ(compare(a, b), 0);
  EXPECT_EQ(fingerprint(a), fingerprint(empty_set()));
  EXPECT_EQ(fingerprint(a), fingerprint(b));
  EXPECT_EQ(to_string(a), "{}");
  EXPECT_EQ(cardinality(a), 0);
}

TEST(ValueConstruct, IntervalAndEnumeratedDeduplicateInsideASet) {
  Value s = set({make_interval(1, 2), set({I(2), I(1)})});
  EXPECT_EQ(as_set(s)->elems.size(), 1u);
}

TEST(ValueConstruct, BoolSet) {
  EXPECT_EQ(to_string(make_bool_set()), "{FALSE, TRUE}");
  EXPECT_VEQ(make_bool_set(), set({B(true), B(false)}));
}

TEST(ValueConstruct, CopiesShareAndOutliveOriginal) {
  Value copy;
  {
    Value s = set({tup({I(1), S("x")}), tup({I(2)})});
    copy = s;
    Value moved = std::move(s);
    EXPECT_FALSE(s.defined());  // NOLINT: moved-from handle is Undef by contract
    EXPECT_VEQ(moved, copy);
  }
  EXPECT_EQ(to_string(copy), "{<<2>>, <<1, \"x\">>}");
}

// ---- TLC's total order (§1.1) -----------------------------------------------------------------

TEST(ValueOrder, IntegersAndBooleans) {
  EXPECT_LT(compare(I(-5), I(2)), 0);
  EXPECT_GT(compare(I(2), I(-5)), 0);
  EXPECT_EQ(compare(I(4), I(4)), 0);
  EXPECT_LT(compare(B(false), B(true)), 0);
  EXPECT_EQ(to_string(set({B(true), B(false)})), "{FALSE, TRUE}");
}

TEST(ValueOrder, SetsByCardinalityFirst) {
  EXPECT_LT(compare(set({I(5)}), set({I(1), I(2)})), 0);
  EXPECT_GT(compare(set({I(1), I(2)}), set({I(5)})), 0);
  EXPECT_LT(compare(set({I(1), I(2)}), set({I(1), I(3)})), 0);
  EXPECT_EQ(to_string(set({set({I(1), I(2)}), set({I(3)}), set({}), set({I(0), I(5)})})),
            "{{}, {3}, {0, 5}, {1, 2}}");
  // Intervals compare by cardinality too, not by their bounds first.
  EXPECT_LT(compare(make_interval(7, 7), make_interval(1, 2)), 0);
  EXPECT_LT(compare(make_interval(1, 2), make_interval(2, 3)), 0);
  EXPECT_LT(compare(make_interval(9, 9), set({I(1), I(2)})), 0);
}

TEST(ValueOrder, TuplesShorterFirst) {
  EXPECT_LT(compare(tup({I(9)}), tup({I(0), I(0)})), 0);
  EXPECT_LT(compare(tup({I(1), I(2)}), tup({I(1), I(3)})), 0);
  EXPECT_EQ(to_string(set({tup({I(2)}), tup({I(1), I(1)}), tup({}), tup({I(0), I(9), I(9)})})),
            "{<<>>, <<2>>, <<1, 1>>, <<0, 9, 9>>}");
}

TEST(ValueOrder, FunctionsByDomainThenValues) {
  // {(2 :> 1), (1 :> 5)} -> {<<5>>, (2 :> 1)}: domain {1} < domain {2}, values not consulted.
  Value s = set({fcn({{I(2), I(1)}}), fcn({{I(1), I(5)}})});
  EXPECT_EQ(to_string(s), "{<<5>>, (2 :> 1)}");
  // Same domain: values pairwise.
  EXPECT_LT(compare(fcn({{I(2), I(1)}, {I(3), I(9)}}), fcn({{I(2), I(2)}, {I(3), I(0)}})), 0);
}

TEST(ValueOrder, RecordsByFieldsThenValues) {
  test::test_strings().str("ord_f1");
  test::test_strings().str("ord_f2");
  Value a = rec({{"ord_f1", I(9)}});
  Value b = rec({{"ord_f2", I(0)}});
  Value c = rec({{"ord_f1", I(0)}, {"ord_f2", I(0)}});
  EXPECT_LT(compare(a, b), 0);  // field names before values
  EXPECT_LT(compare(b, c), 0);  // fewer fields first
  EXPECT_LT(compare(rec({{"ord_f1", I(1)}}), rec({{"ord_f1", I(2)}})), 0);
}

TEST(ValueOrder, UntypedModelValuesAreSmallerThanEverything) {
  Value m = M("ord_mB");
  for (const Value& other : {I(-100), S("x"), B(false), set({}), tup({}), rec({{"a", I(1)}})}) {
    EXPECT_LT(compare(m, other), 0) << to_string(other);
    EXPECT_GT(compare(other, m), 0) << to_string(other);
  }
  EXPECT_EQ(to_string(set({I(2), m, I(1)})), "{ord_mB, 1, 2}");
  EXPECT_EQ(compare(m, M("ord_mB")), 0);
}

TEST(ValueOrder, ModelValuesByInterningOrder) {
  Value p3 = M("ord_p3"), p1 = M("ord_p1"), p2 = M("ord_p2");  // interned 3, 1, 2
  EXPECT_LT(compare(p3, p1), 0);
  EXPECT_EQ(to_string(set({p1, p2, p3})), "{ord_p3, ord_p1, ord_p2}");
}

TEST(ValueOrder, StringsByInterningOrderNotAlphabetical) {
  uint32_t z = test::test_strings().intern("ord_zeta").token;
  uint32_t a = test::test_strings().intern("ord_alpha").token;  // interned second: larger
  ASSERT_LT(z, a);
  EXPECT_LT(compare(S("ord_zeta"), S("ord_alpha")), 0);
  EXPECT_EQ(to_string(set({S("ord_alpha"), S("ord_zeta")})), "{\"ord_zeta\", \"ord_alpha\"}");
  // Records print (and compare) their fields in token order once normalised (PrintT);
  // a fresh one prints in the order it was built (ToString).
  test::test_strings().str("ord_rz");
  test::test_strings().str("ord_ra");
  EXPECT_EQ(to_string_normalised(rec({{"ord_ra", I(1)}, {"ord_rz", I(2)}})), "[ord_rz |-> 2, ord_ra |-> 1]");
  EXPECT_EQ(to_string(rec({{"ord_ra", I(1)}, {"ord_rz", I(2)}})), "[ord_ra |-> 1, ord_rz |-> 2]");
  // Runtime strings are ordered by first creation too.
  Value bc = call("Sequences", "\\o", {S("ordx_b"), S("c")});  // "ordx_bc" created first
  Value ac = call("Sequences", "\\o", {S("ordx_a"), S("c")});
  EXPECT_EQ(to_string(set({ac, bc})), "{\"ordx_bc\", \"ordx_ac\"}");
}

TEST(ValueOrder, DifferentKindsAreIncomparable) {
  EXPECT_THROW(compare(I(1), S("a")), Error);
  EXPECT_THROW(compare(S("a"), I(1)), Error);
  EXPECT_THROW(compare(B(true), I(1)), Error);
  EXPECT_THROW(compare(set({}), tup({})), Error);
  EXPECT_THROW(compare(tup({I(1)}), I(1)), Error);
  // A set mixing an int and a string fails as soon as it is normalised.
  EXPECT_THROW(set({I(1), S("a")}), Error);
  EXPECT_THROW(set({M("ord_m"), I(1), S("a")}), Error);
  EXPECT_THROW(set({set({I(1)}), set({S("a")})}), Error);
  // ... unless cardinalities differ, in which case the elements are never compared.
  EXPECT_NO_THROW(set({set({I(1)}), set({S("a"), S("b")})}));
}

TEST(ValueOrder, ErrorMessageNamesKinds) {
  std::string msg = error_of([] { compare(I(1), S("a")); });
  EXPECT_TRUE(contains(msg, "integer")) << msg;
  EXPECT_TRUE(contains(msg, "string")) << msg;
}

// ---- equality across kinds (§2) ------------------------------------------------------------------

TEST(ValueEquals, SameKind) {
  EXPECT_TRUE(equals(I(1), I(1)));
  EXPECT_FALSE(equals(I(1), I(2)));
  EXPECT_TRUE(equals(S("eq_s"), S("eq_s")));
  EXPECT_FALSE(equals(S("eq_s"), S("eq_t")));
  EXPECT_FALSE(equals(B(true), B(false)));
}

TEST(ValueEquals, CrossKindIsAnError) {
  EXPECT_THROW(equals(I(1), S("a")), Error);
  EXPECT_THROW(equals(B(true), I(1)), Error);
  EXPECT_THROW(equals(set({}), tup({})), Error);
  EXPECT_THROW(equals(tup({}), set({})), Error);
  EXPECT_THROW(equals(set({I(1)}), I(1)), Error);
  EXPECT_THROW(equals(rec({{"a", I(1)}}), set({})), Error);
  EXPECT_THROW(equals(S("abc"), tup({S("a"), S("b"), S("c")})), Error);
  EXPECT_THROW(equals(S(""), tup({})), Error);
  std::string msg = error_of([] { equals(I(1), S("a")); });
  EXPECT_TRUE(contains(msg, "equality")) << msg;
  try {
    equals(I(1), S("a"));
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), exit_code::eval_spec);
  }
}

TEST(ValueEquals, ModelValueIsUnequalToEverythingElse) {
  Value m = M("eq_m");
  EXPECT_FALSE(equals(m, I(1)));
  EXPECT_FALSE(equals(I(1), m));
  EXPECT_FALSE(equals(m, S("a")));
  EXPECT_FALSE(equals(m, set({I(1)})));
  EXPECT_FALSE(equals(m, tup({})));
  EXPECT_FALSE(equals(m, M("eq_other")));
  EXPECT_TRUE(equals(m, M("eq_m")));
}

TEST(ValueEquals, SizesAreComparedBeforeElements) {
  EXPECT_FALSE(equals(set({I(1), I(2)}), set({S("a")})));
  EXPECT_FALSE(equals(tup({I(1)}), tup({I(1), S("a")})));
  EXPECT_FALSE(equals(rec({{"a", I(1)}}), rec({{"b", I(1)}})));
  EXPECT_FALSE(equals(tup({}), rec({{"a", I(1)}})));
  EXPECT_FALSE(equals(rec({{"a", I(1)}}), tup({})));
  EXPECT_FALSE(equals(tup({I(1), I(2)}), rec({{"a", I(1)}})));
  // Same size: the elements are compared and differ in kind.
  EXPECT_THROW(equals(set({I(1)}), set({S("a")})), Error);
  EXPECT_THROW(equals(tup({I(1)}), tup({S("a")})), Error);
  EXPECT_THROW(equals(rec({{"a", I(1)}}), rec({{"a", S("x")}})), Error);
  EXPECT_THROW(equals(tup({I(1)}), rec({{"a", I(1)}})), Error);
  EXPECT_THROW(equals(make_fcn({I(1), I(2)}, {I(0), I(0)}), make_fcn({S("a"), S("b")}, {I(0), I(0)})),
               Error);
}

TEST(ValueEquals, FunctionsOfDifferentConstruction) {
  EXPECT_TRUE(equals(make_fcn({S("a"), S("b")}, {I(0), I(0)}), rec({{"a", I(0)}, {"b", I(0)}})));
  EXPECT_TRUE(equals(tup({I(5), I(6)}), fcn({{I(1), I(5)}, {I(2), I(6)}})));
  EXPECT_FALSE(equals(tup({I(5), I(6)}), tup({I(5), I(7)})));
  EXPECT_FALSE(equals(fcn({{I(2), I(1)}}), fcn({{I(3), I(1)}})));
}

TEST(ValueEquals, LazySets) {
  EXPECT_TRUE(equals(lazy(LazyKind::Nat), lazy(LazyKind::Nat)));
  EXPECT_TRUE(equals(lazy(LazyKind::String), lazy(LazyKind::String)));
  EXPECT_TRUE(equals(lazy(LazyKind::Subset, {set({I(1), I(2)})}),
                     set({set({}), set({I(1)}), set({I(2)}), set({I(1), I(2)})})));
  EXPECT_FALSE(equals(lazy(LazyKind::Subset, {set({I(1)})}), set({set({I(1)})})));
}

// ---- membership -------------------------------------------------------------------------------------

TEST(ValueMember, EnumeratedSets) {
  Value s = set({I(1), I(2), I(3)});
  EXPECT_TRUE(member(I(2), s));
  EXPECT_FALSE(member(I(4), s));
  EXPECT_FALSE(member(I(1), empty_set()));
  EXPECT_TRUE(member(set({I(2), I(1)}), set({set({I(1), I(2)}), set({I(3)})})));
  EXPECT_FALSE(member(set({I(2)}), set({set({I(1), I(2)}), set({I(3)})})));
  EXPECT_TRUE(member(make_interval(1, 2), set({set({I(1), I(2)})})));
  EXPECT_TRUE(member(tup({I(1), S("a")}), set({tup({I(1), S("a")}), tup({})})));
  EXPECT_TRUE(member(S("mem_b"), set({S("mem_a"), S("mem_b")})));
  EXPECT_TRUE(member(B(false), make_bool_set()));
}

TEST(ValueMember, EnumeratedSetErrors) {
  EXPECT_THROW(member(S("a"), set({I(1), I(2)})), Error);
  EXPECT_THROW(member(I(1), set({S("a")})), Error);
  EXPECT_THROW(member(I(1), I(3)), Error);      // not a set
  EXPECT_THROW(member(I(1), tup({I(1)})), Error);
  EXPECT_THROW(member(set({I(1)}), set({I(1)})), Error);
}

TEST(ValueMember, ModelValues) {
  Value m = M("mem_m");
  EXPECT_FALSE(member(m, set({I(1), I(2)})));
  EXPECT_TRUE(member(m, set({m, I(1)})));
  EXPECT_FALSE(member(M("mem_n"), set({m, I(1)})));
  EXPECT_TRUE(member(I(1), set({m, I(1)})));
  EXPECT_FALSE(member(I(2), set({m, I(1)})));
  EXPECT_FALSE(member(m, lazy(LazyKind::Nat)));
  EXPECT_FALSE(member(m, make_interval(1, 3)));
}

TEST(ValueMember, Intervals) {
  Value iv = make_interval(1, 3);
  EXPECT_TRUE(member(I(1), iv));
  EXPECT_TRUE(member(I(3), iv));
  EXPECT_FALSE(member(I(0), iv));
  EXPECT_FALSE(member(I(4), iv));
  EXPECT_FALSE(member(I(1), make_interval(3, 1)));
  EXPECT_THROW(member(S("a"), iv), Error);
}

TEST(ValueMember, NatIntString) {
  Value nat = lazy(LazyKind::Nat), in = lazy(LazyKind::Int), str = lazy(LazyKind::String);
  EXPECT_TRUE(member(I(0), nat));
  EXPECT_TRUE(member(I(INT64_MAX), nat));
  EXPECT_FALSE(member(I(-1), nat));
  EXPECT_TRUE(member(I(-5), in));
  EXPECT_TRUE(member(S("anything"), str));
  EXPECT_THROW(member(S("a"), nat), Error);
  EXPECT_THROW(member(tup({}), in), Error);
  EXPECT_THROW(member(I(1), str), Error);
}

TEST(ValueMember, Subset) {
  Value ss = lazy(LazyKind::Subset, {set({I(1), I(2)})});
  EXPECT_TRUE(member(set({I(1)}), ss));
  EXPECT_TRUE(member(set({}), ss));
  EXPECT_TRUE(member(set({I(2), I(1)}), ss));
  EXPECT_TRUE(member(make_interval(1, 2), ss));
  EXPECT_FALSE(member(set({I(1), I(3)}), ss));
  EXPECT_THROW(member(I(1), ss), Error);  // `1 \in SUBSET {1}` is an error in TLC
  EXPECT_TRUE(member(set({I(5)}), lazy(LazyKind::Subset, {lazy(LazyKind::Nat)})));
  EXPECT_FALSE(member(set({I(-5)}), lazy(LazyKind::Subset, {lazy(LazyKind::Nat)})));
}

TEST(ValueMember, FunctionSet) {
  Value fs = lazy(LazyKind::FcnSet, {set({I(1), I(2)}), set({I(0), I(1)})});
  EXPECT_TRUE(member(tup({I(0), I(1)}), fs));
  EXPECT_TRUE(member(fcn({{I(2), I(1)}, {I(1), I(1)}}), fs));
  EXPECT_FALSE(member(tup({I(0), I(2)}), fs));       // value outside the range
  EXPECT_FALSE(member(tup({I(0)}), fs));             // wrong domain
  EXPECT_FALSE(member(fcn({{I(1), I(0)}, {I(3), I(1)}}), fs));
  Value rs = lazy(LazyKind::FcnSet, {set({S("a")}), set({I(0)})});
  EXPECT_TRUE(member(rec({{"a", I(0)}}), rs));
  EXPECT_FALSE(member(rec({{"a", I(1)}}), rs));
  Value empty_dom = lazy(LazyKind::FcnSet, {set({}), set({I(0)})});
  EXPECT_TRUE(member(tup({}), empty_dom));
  Value nat_fs = lazy(LazyKind::FcnSet, {make_interval(1, 3), lazy(LazyKind::Nat)});
  EXPECT_TRUE(member(tup({I(7), I(0), I(100)}), nat_fs));
  EXPECT_FALSE(member(tup({I(7), I(-1), I(100)}), nat_fs));
}

TEST(ValueMember, RecordSet) {
  Value rs = lazy(LazyKind::RcdSet, {set({I(1), I(2)}), set({S("x")})}, {test::test_strings().str("a"), test::test_strings().str("b")});
  EXPECT_TRUE(member(rec({{"a", I(1)}, {"b", S("x")}}), rs));
  EXPECT_TRUE(member(rec({{"b", S("x")}, {"a", I(2)}}), rs));
  EXPECT_FALSE(member(rec({{"a", I(3)}, {"b", S("x")}}), rs));
  EXPECT_FALSE(member(rec({{"a", I(1)}}), rs));
  EXPECT_FALSE(member(rec({{"a", I(1)}, {"c", S("x")}}), rs));
  Value bnat = lazy(LazyKind::RcdSet, {lazy(LazyKind::Nat)}, {test::test_strings().str("b")});
  EXPECT_FALSE(member(rec({{"a", I(1)}}), bnat));  // `[a |-> 1] \in [b : Nat]` is FALSE
  EXPECT_TRUE(member(rec({{"b", I(1)}}), bnat));
}

TEST(ValueMember, SeqSet) {
  Value sq = lazy(LazyKind::SeqSet, {set({I(1), I(2)})});
  EXPECT_TRUE(member(tup({}), sq));
  EXPECT_TRUE(member(tup({I(1), I(2), I(1)}), sq));
  EXPECT_TRUE(member(fcn({{I(2), I(1)}, {I(1), I(2)}}), sq));
  EXPECT_FALSE(member(tup({I(3)}), sq));
  // Sequences.member: a value that is no tuple is an error in TLC, not FALSE.
  EXPECT_THROW(member(fcn({{I(2), I(1)}}), sq), Error);
  EXPECT_THROW(member(rec({{"a", I(1)}}), sq), Error);
  EXPECT_THROW(member(I(1), sq), Error);
  EXPECT_TRUE(member(tup({S("q")}), lazy(LazyKind::SeqSet, {lazy(LazyKind::String)})));
}

TEST(ValueMember, Product) {
  Value px = lazy(LazyKind::Product, {set({I(1), I(2)}), set({S("a")})});
  EXPECT_TRUE(member(tup({I(1), S("a")}), px));
  EXPECT_FALSE(member(tup({I(3), S("a")}), px));
  EXPECT_FALSE(member(tup({I(1), S("b")}), px));
  EXPECT_FALSE(member(tup({I(1)}), px));
  EXPECT_FALSE(member(tup({I(1), S("a"), S("a")}), px));
  Value nn = lazy(LazyKind::Product, {lazy(LazyKind::Nat), lazy(LazyKind::Nat)});
  EXPECT_TRUE(member(tup({I(3), I(4)}), nn));
  EXPECT_FALSE(member(tup({I(3), I(-4)}), nn));
}

TEST(ValueMember, Union) {
  Value u = lazy(LazyKind::Union, {set({set({I(1)}), set({I(2), I(3)})})});
  EXPECT_TRUE(member(I(1), u));
  EXPECT_TRUE(member(I(3), u));
  EXPECT_FALSE(member(I(4), u));
  EXPECT_EQ(cardinality(u), 3);
  EXPECT_VEQ(enumerate(u), set({I(1), I(2), I(3)}));
}

// ---- enumeration --------------------------------------------------------------------------------

TEST(ValueEnumerate, EnumeratedSetInOrder) {
  EXPECT_EQ(printed_elements(set({I(3), I(1), I(2)})), (std::vector<std::string>{"1", "2", "3"}));
  EXPECT_EQ(printed_elements(make_interval(-1, 1)), (std::vector<std::string>{"-1", "0", "1"}));
  EXPECT_TRUE(printed_elements(make_interval(1, 0)).empty());
}

TEST(ValueEnumerate, SubsetByCardinalityThenLexicographic) {
  Value ss = lazy(LazyKind::Subset, {set({I(3), I(1), I(2)})});
  std::vector<std::string> want = {"{}",     "{1}",    "{2}",    "{3}",
                                   "{1, 2}", "{1, 3}", "{2, 3}", "{1, 2, 3}"};
  EXPECT_EQ(printed_elements(ss), want);
  EXPECT_EQ(to_string(enumerate(ss)), "{{}, {1}, {2}, {3}, {1, 2}, {1, 3}, {2, 3}, {1, 2, 3}}");
  EXPECT_EQ(printed_elements(lazy(LazyKind::Subset, {set({})})), (std::vector<std::string>{"{}"}));
}

TEST(ValueEnumerate, FunctionSetLastDomainElementFastest) {
  Value fs = lazy(LazyKind::FcnSet, {set({I(1), I(2)}), set({I(0), I(1)})});
  EXPECT_EQ(printed_elements(fs),
            (std::vector<std::string>{"<<0, 0>>", "<<0, 1>>", "<<1, 0>>", "<<1, 1>>"}));
  Value fs3 = lazy(LazyKind::FcnSet, {set({I(1), I(2), I(3)}), set({I(0), I(1)})});
  auto got = printed_elements(fs3);
  ASSERT_EQ(got.size(), 8u);
  EXPECT_EQ(got[0], "<<0, 0, 0>>");
  EXPECT_EQ(got[1], "<<0, 0, 1>>");
  EXPECT_EQ(got[2], "<<0, 1, 0>>");
  EXPECT_EQ(got[7], "<<1, 1, 1>>");
  Value nonseq = lazy(LazyKind::FcnSet, {set({I(5), I(7)}), set({S("fa"), S("fb")})});
  auto ns = printed_elements(nonseq);
  ASSERT_EQ(ns.size(), 4u);
  EXPECT_EQ(ns[0], "(5 :> \"fa\" @@ 7 :> \"fa\")");
  EXPECT_EQ(ns[1], "(5 :> \"fa\" @@ 7 :> \"fb\")");
}

TEST(ValueEnumerate, FunctionSetEdgeCases) {
  EXPECT_EQ(printed_elements(lazy(LazyKind::FcnSet, {set({}), set({I(1)})})),
            (std::vector<std::string>{"<<>>"}));
  EXPECT_TRUE(printed_elements(lazy(LazyKind::FcnSet, {set({I(1)}), set({})})).empty());
  EXPECT_EQ(cardinality(lazy(LazyKind::FcnSet, {set({I(1)}), set({})})), 0);
}

TEST(ValueEnumerate, ProductAndRecordSet) {
  Value px = lazy(LazyKind::Product, {set({I(1), I(2)}), set({I(3), I(4)})});
  EXPECT_EQ(printed_elements(px),
            (std::vector<std::string>{"<<1, 3>>", "<<1, 4>>", "<<2, 3>>", "<<2, 4>>"}));
  Value rs = lazy(LazyKind::RcdSet, {set({I(1), I(2)}), set({I(3), I(4)})}, {test::test_strings().str("a"), test::test_strings().str("b")});
  EXPECT_EQ(cardinality(rs), 4);
  for_each_element(rs, [&](const Value& r) {
    EXPECT_TRUE(member(r, rs)) << to_string(r);
    return true;
  });
}

TEST(ValueEnumerate, StopsWhenCallbackReturnsFalse) {
  int n = 0;
  for_each_element(lazy(LazyKind::Subset, {make_interval(1, 10)}), [&](const Value&) {
    ++n;
    return n < 3;
  });
  EXPECT_EQ(n, 3);
  n = 0;
  for_each_element(make_interval(1, 100), [&](const Value&) { return ++n < 5; });
  EXPECT_EQ(n, 5);
}

TEST(ValueEnumerate, InfiniteAndNonSetsAreErrors) {
  EXPECT_THROW(enumerate(lazy(LazyKind::Nat)), Error);
  EXPECT_THROW(enumerate(lazy(LazyKind::Int)), Error);
  EXPECT_THROW(enumerate(lazy(LazyKind::String)), Error);
  EXPECT_THROW(enumerate(lazy(LazyKind::SeqSet, {set({I(1)})})), Error);
  EXPECT_THROW(enumerate(lazy(LazyKind::Subset, {lazy(LazyKind::Nat)})), Error);
  EXPECT_THROW(for_each_element(I(1), [](const Value&) { return true; }), Error);
  EXPECT_THROW(enumerate(tup({I(1)})), Error);
}

TEST(ValueEnumerate, CanonicalFormOfLazySets) {
  Value e = enumerate(lazy(LazyKind::Product, {set({I(2), I(1)}), set({I(0)})}));
  ASSERT_EQ(e.kind(), VK::Set);
  EXPECT_EQ(to_string(e), "{<<1, 0>>, <<2, 0>>}");
  Value ei = enumerate(make_interval(2, 4));
  ASSERT_EQ(ei.kind(), VK::Set);
  EXPECT_EQ(to_string(ei), "{2, 3, 4}");
}

// ---- cardinality -------------------------------------------------------------------------------------

TEST(ValueCardinality, Basic) {
  EXPECT_EQ(cardinality(set({I(1), I(2), I(2)})), 2);
  EXPECT_EQ(cardinality(empty_set()), 0);
  EXPECT_EQ(cardinality(make_interval(1, 10)), 10);
  EXPECT_EQ(cardinality(make_interval(-3, 3)), 7);
  EXPECT_EQ(cardinality(make_interval(3, 1)), 0);
  EXPECT_EQ(cardinality(lazy(LazyKind::Subset, {make_interval(1, 10)})), 1024);
  EXPECT_EQ(cardinality(lazy(LazyKind::FcnSet, {make_interval(1, 3), set({I(0), I(1)})})), 8);
  EXPECT_EQ(cardinality(lazy(LazyKind::Product, {make_interval(1, 3), make_interval(1, 4)})), 12);
  EXPECT_THROW(cardinality(lazy(LazyKind::Subset, {make_interval(1, 63)})), Error);
  EXPECT_THROW(cardinality(lazy(LazyKind::Nat)), Error);
}

// ---- application, DOMAIN -------------------------------------------------------------------------

TEST(ValueApply, Tuples) {
  Value t = tup({I(5), I(6)});
  EXPECT_EQ(apply(t, I(1)).as_int(), 5);
  EXPECT_EQ(apply(t, I(2)).as_int(), 6);
  std::string msg = error_of([&] { apply(t, I(3)); });
  EXPECT_TRUE(contains(msg, "out of bounds")) << msg;
  EXPECT_TRUE(contains(msg, "<<5, 6>>")) << msg;
  EXPECT_THROW(apply(t, I(0)), Error);
  EXPECT_THROW(apply(t, I(-1)), Error);
  EXPECT_THROW(apply(t, S("a")), Error);
  EXPECT_THROW(apply(tup({}), I(1)), Error);
}

TEST(ValueApply, Functions) {
  Value f = fcn({{I(3), I(30)}, {I(2), I(20)}});
  EXPECT_EQ(apply(f, I(2)).as_int(), 20);
  EXPECT_EQ(apply(f, I(3)).as_int(), 30);
  std::string msg = error_of([&] { apply(f, I(4)); });
  EXPECT_TRUE(contains(msg, "not in the domain")) << msg;
  Value g = fcn({{set({I(1)}), S("one")}, {set({}), S("none")}});
  EXPECT_EQ(apply(g, set({})).text(), "none");
  EXPECT_EQ(apply(g, make_interval(1, 1)).text(), "one");
  Value m = M("app_m");
  Value h = fcn({{m, I(1)}, {M("app_n"), I(2)}});
  EXPECT_EQ(apply(h, m).as_int(), 1);
  EXPECT_THROW(apply(h, M("app_z")), Error);
}

TEST(ValueApply, Records) {
  Value r = rec({{"a", I(1)}, {"b", S("x")}});
  EXPECT_EQ(apply(r, S("a")).as_int(), 1);
  std::string msg = error_of([&] { apply(r, S("app_zz")); });
  EXPECT_TRUE(contains(msg, "nonexistent field")) << msg;
  EXPECT_TRUE(contains(msg, "app_zz")) << msg;
}

TEST(ValueApply, NonFunctions) {
  std::string msg = error_of([] { apply(I(1), I(1)); });
  EXPECT_TRUE(contains(msg, "non-function")) << msg;
  EXPECT_THROW(apply(set({I(1)}), I(1)), Error);
  EXPECT_THROW(apply(S("abc"), I(1)), Error);
}

TEST(ValueApply, LazyFunction) {
  Value f = test::lazy_fcn_of(lazy(LazyKind::Nat), [](const Value* x, Ctx&) { return I(x[0].as_int() * 2); });
  EXPECT_EQ(apply(f, I(21)).as_int(), 42);
  EXPECT_THROW(apply(f, I(-1)), Error);
  EXPECT_TRUE(equals(domain(f), lazy(LazyKind::Nat)));

  Value g = test::lazy_fcn_of(make_interval(1, 3), [](const Value* x, Ctx&) { return I(x[0].as_int() * x[0].as_int()); });
  EXPECT_VEQ(g, tup({I(1), I(4), I(9)}));
  EXPECT_EQ(fingerprint(g), fingerprint(tup({I(1), I(4), I(9)})));
  EXPECT_EQ(to_string(g), "<<1, 4, 9>>");
}

TEST(ValueApply, FcnFind) {
  Value f = fcn({{I(3), I(30)}, {I(2), I(20)}});
  EXPECT_EQ(fcn_find(as_fcn(f), I(2)), 0);
  EXPECT_EQ(fcn_find(as_fcn(f), I(3)), 1);
  EXPECT_EQ(fcn_find(as_fcn(f), I(4)), -1);
  Value t = tup({I(7), I(8), I(9)});
  EXPECT_EQ(fcn_find(as_fcn(t), I(3)), 2);
  EXPECT_EQ(fcn_find(as_fcn(t), I(0)), -1);
  EXPECT_EQ(fcn_find(as_fcn(t), I(4)), -1);
}

TEST(ValueDomain, Basic) {
  Value d = domain(tup({I(5), I(6)}));
  EXPECT_EQ(to_string(d), "1..2");
  EXPECT_VEQ(d, set({I(1), I(2)}));
  EXPECT_VEQ(domain(tup({})), empty_set());
  EXPECT_VEQ(domain(rec({{"a", I(1)}, {"b", I(2)}})), set({S("a"), S("b")}));
  EXPECT_VEQ(domain(fcn({{I(3), I(0)}, {I(9), I(0)}})), set({I(9), I(3)}));
  EXPECT_THROW(domain(I(1)), Error);
  EXPECT_THROW(domain(S("abc")), Error);
  EXPECT_THROW(domain(set({I(1)})), Error);
}

// ---- fingerprints -------------------------------------------------------------------------------------

TEST(ValueFingerprint, DistinguishesKindsAndStructure) {
  EXPECT_NE(fingerprint(I(1)), fingerprint(I(2)));
  EXPECT_NE(fingerprint(S("1")), fingerprint(I(1)));
  EXPECT_NE(fingerprint(set({I(1)})), fingerprint(tup({I(1)})));
  EXPECT_NE(fingerprint(tup({I(1), I(2)})), fingerprint(tup({I(2), I(1)})));
  EXPECT_NE(fingerprint(set({set({I(1)}), set({I(2)})})), fingerprint(set({set({I(1), I(2)})})));
  EXPECT_NE(fingerprint(M("fp_m")), fingerprint(S("fp_m")));
  EXPECT_NE(fingerprint(B(true)), fingerprint(B(false)));
  // Functions with equal ranges but different domains.
  EXPECT_NE(fingerprint(fcn({{I(2), I(1)}})), fingerprint(fcn({{I(3), I(1)}})));
  EXPECT_NE(fingerprint(tup({I(1)})), fingerprint(fcn({{I(2), I(1)}})));
  EXPECT_NE(fingerprint(rec({{"a", I(1)}})), fingerprint(rec({{"b", I(1)}})));
  EXPECT_NE(fingerprint(set({})), fingerprint(tup({})));
  // Cached value is stable.
  Value s = set({tup({I(1)}), tup({I(2)})});
  EXPECT_EQ(fingerprint(s), fingerprint(s));
}

// ---- printing -------------------------------------------------------------------------------------------

TEST(ValuePrint, Forms) {
  EXPECT_EQ(to_string(set({I(2), I(1)})), "{1, 2}");
  EXPECT_EQ(to_string(tup({I(1), S("a")})), "<<1, \"a\">>");
  EXPECT_EQ(to_string(rec({{"a", I(1)}})), "[a |-> 1]");
  EXPECT_EQ(to_string(fcn({{I(2), I(2)}, {I(3), I(3)}})), "(2 :> 2 @@ 3 :> 3)");
  EXPECT_EQ(to_string(make_interval(1, 3)), "1..3");
  EXPECT_EQ(to_string(empty_set()), "{}");
  EXPECT_EQ(to_string(tup({})), "<<>>");
  EXPECT_EQ(to_string(B(true)), "TRUE");
  EXPECT_EQ(to_string(I(-42)), "-42");
  EXPECT_EQ(to_string(M("pr_m")), "pr_m");
  EXPECT_EQ(to_string(S("a\"b\\c")), "\"a\\\"b\\\\c\"");
  EXPECT_EQ(to_string(set({tup({set({I(1)}), rec({{"a", S("x")}})})})), "{<<{1}, [a |-> \"x\"]>>}");
}

TEST(ValuePrint, LazySets) {
  EXPECT_EQ(to_string(lazy(LazyKind::Nat)), "Nat");
  EXPECT_EQ(to_string(lazy(LazyKind::Int)), "Int");
  EXPECT_EQ(to_string(lazy(LazyKind::String)), "STRING");
  // TLC prints small SUBSET / function / record sets / products element by element
  // (SubsetValue.toString: base under 7 elements; the others under 2000 elements).
  EXPECT_EQ(to_string(lazy(LazyKind::Subset, {set({I(1)})})), "{{}, {1}}");
  EXPECT_EQ(to_string(lazy(LazyKind::SeqSet, {set({I(1)})})), "Seq({1})");
  EXPECT_EQ(to_string(lazy(LazyKind::FcnSet, {set({I(1)}), set({I(2)})})), "{<<2>>}");
  EXPECT_EQ(to_string(lazy(LazyKind::RcdSet, {set({I(1)})}, {test::test_strings().str("a")})), "{[a |-> 1]}");
  EXPECT_EQ(to_string(lazy(LazyKind::Product, {set({I(1)}), set({I(2)})})), "{<<1, 2>>}");
  EXPECT_EQ(to_string(lazy(LazyKind::Subset, {make_interval(1, 7)})), "SUBSET 1..7");
}

// ---- built-in operators ----------------------------------------------------------------------------

TEST(Builtins, TableLookup) {
  EXPECT_NE(find_builtin("", "\\cup"), nullptr);
  EXPECT_NE(find_builtin("Naturals", "+"), nullptr);
  EXPECT_EQ(find_builtin("Naturals", "no_such_op"), nullptr);
  EXPECT_EQ(find_builtin("Sequences", "+"), nullptr);
  EXPECT_EQ(find_builtin("Sequences", "Len")->arity, 1);
}

TEST(Builtins, EqualityAndMembership) {
  EXPECT_TRUE(call("", "=", {tup({I(1)}), fcn({{I(1), I(1)}})}).as_bool());
  EXPECT_TRUE(call("", "/=", {I(1), I(2)}).as_bool());
  EXPECT_THROW(call("", "=", {I(1), S("a")}), Error);
  EXPECT_THROW(call("", "/=", {I(1), S("a")}), Error);
  EXPECT_FALSE(call("", "=", {M("bi_m"), I(1)}).as_bool());
  EXPECT_TRUE(call("", "\\in", {I(1), make_interval(1, 2)}).as_bool());
  EXPECT_TRUE(call("", "\\notin", {I(3), make_interval(1, 2)}).as_bool());
  EXPECT_THROW(call("", "\\notin", {S("a"), set({I(1)})}), Error);
}

TEST(Builtins, IntegerDivisionAndModulo) {
  // Integers' \div (floor); the Naturals-only quirk is a golden test
  auto div = [](int64_t a, int64_t b) {
    std::vector<Value> args{I(a), I(b)};
    Ctx c;
    return integer_division(true)->fn(args.data(), c).as_int();
  };
  auto mod = [](int64_t a, int64_t b) { return call("Naturals", "%", {I(a), I(b)}).as_int(); };
  EXPECT_EQ(div(7, 2), 3);
  EXPECT_EQ(div(-7, 2), -4);
  EXPECT_EQ(div(-1, 2), -1);
  EXPECT_EQ(div(7, -2), -4);
  EXPECT_EQ(div(-7, -2), 3);
  EXPECT_EQ(div(-8, 2), -4);
  EXPECT_EQ(div(0, -3), 0);
  EXPECT_EQ(mod(-7, 2), 1);
  EXPECT_EQ(mod(7, 2), 1);
  EXPECT_EQ(mod(-8, 4), 0);
  EXPECT_EQ(mod(-1, 5), 4);
  std::string msg = error_of([&] { div(7, 0); });
  EXPECT_TRUE(contains(msg, "is 0")) << msg;
  EXPECT_THROW(mod(7, -2), Error);
  EXPECT_THROW(mod(7, 0), Error);
  EXPECT_THROW(div(INT64_MIN, -1), Error);
  EXPECT_THROW(call("Naturals", "\\div", {S("a"), I(1)}), Error);
  // For every a and b /= 0 with b > 0: a = b * (a \div b) + a % b.
  for (int64_t a = -9; a <= 9; ++a)
    for (int64_t b = 1; b <= 4; ++b) EXPECT_EQ(b * div(a, b) + mod(a, b), a) << a << " " << b;
}

TEST(Builtins, ArithmeticOverflowIsAnError) {
  EXPECT_EQ(call("Naturals", "+", {I(2), I(3)}).as_int(), 5);
  EXPECT_EQ(call("Naturals", "-", {I(2), I(3)}).as_int(), -1);
  EXPECT_EQ(call("Naturals", "*", {I(-4), I(3)}).as_int(), -12);
  std::string msg = error_of([] { call("Naturals", "+", {I(INT64_MAX), I(1)}); });
  EXPECT_TRUE(contains(msg, "Overflow")) << msg;
  EXPECT_THROW(call("Naturals", "-", {I(INT64_MIN), I(1)}), Error);
  EXPECT_THROW(call("Naturals", "*", {I(INT64_MAX / 2 + 1), I(2)}), Error);
  EXPECT_THROW(call("Integers", "-.", {I(INT64_MIN)}), Error);
  EXPECT_EQ(call("Integers", "-.", {I(5)}).as_int(), -5);
  EXPECT_THROW(checked_add(INT64_MAX, 1), Error);
  EXPECT_THROW(checked_sub(INT64_MIN, 1), Error);
  EXPECT_THROW(checked_mul(INT64_MIN, -1), Error);
  EXPECT_EQ(checked_mul(-3, 7), -21);
  EXPECT_THROW(call("Naturals", "+", {I(1), S("a")}), Error);
  // TLC's integers are Java ints: the ends of the range evaluate, one step past them not.
  EXPECT_EQ(checked_add(INT32_MAX - 1, 1), INT32_MAX);
  EXPECT_EQ(checked_sub(INT32_MIN + 1, 1), INT32_MIN);
  EXPECT_THROW(checked_add(INT32_MAX, 1), Error);
  EXPECT_THROW(checked_sub(INT32_MIN, 1), Error);
  EXPECT_THROW(checked_mul(65536, 65536), Error);
  EXPECT_THROW(call("Integers", "-.", {I(INT32_MIN)}), Error);
  EXPECT_EQ(call("Naturals", "^", {I(2), I(30)}).as_int(), 1 << 30);
  EXPECT_EQ(call("Naturals", "^", {I(-2), I(31)}).as_int(), INT32_MIN);
  EXPECT_THROW(call("Naturals", "^", {I(2), I(31)}), Error);
  EXPECT_THROW(call("Naturals", "\\div", {I(INT32_MIN), I(-1)}), Error);
}

TEST(Builtins, Comparisons) {
  EXPECT_TRUE(call("Naturals", "<", {I(1), I(2)}).as_bool());
  EXPECT_FALSE(call("Naturals", ">", {I(1), I(2)}).as_bool());
  EXPECT_TRUE(call("Naturals", "<=", {I(2), I(2)}).as_bool());
  EXPECT_TRUE(call("Naturals", ">=", {I(2), I(2)}).as_bool());
  EXPECT_THROW(call("Naturals", "<", {I(1), S("a")}), Error);
  EXPECT_THROW(call("Naturals", "<", {M("bi_m"), I(1)}), Error);
}

TEST(Builtins, Power) {
  auto pw = [](int64_t a, int64_t b) { return call("Naturals", "^", {I(a), I(b)}).as_int(); };
  EXPECT_EQ(pw(2, 10), 1024);
  EXPECT_EQ(pw(2, 30), 1073741824);
  EXPECT_EQ(pw(-2, 3), -8);
  EXPECT_EQ(pw(-2, 4), 16);
  EXPECT_EQ(pw(5, 0), 1);
  EXPECT_EQ(pw(0, 5), 0);
  EXPECT_EQ(pw(1, 1000000000), 1);
  EXPECT_EQ(pw(-1, 3), -1);
  EXPECT_EQ(pw(-1, 4), 1);
  EXPECT_EQ(pw(-1, 1000000001), -1);
  std::string msg = error_of([&] { pw(0, 0); });
  EXPECT_TRUE(contains(msg, "0^0")) << msg;
  EXPECT_THROW(pw(2, -1), Error);
  EXPECT_THROW(pw(2, 64), Error);
  EXPECT_THROW(pw(10, 1000000), Error);
}

TEST(Builtins, RangeNatInt) {
  Value r = call("Naturals", "..", {I(1), I(3)});
  EXPECT_EQ(to_string(r), "1..3");
  EXPECT_VEQ(r, set({I(1), I(2), I(3)}));
  EXPECT_VEQ(call("Naturals", "..", {I(3), I(1)}), empty_set());
  EXPECT_THROW(call("Naturals", "..", {S("a"), I(3)}), Error);
  EXPECT_TRUE(member(I(0), call("Naturals", "Nat", {})));
  EXPECT_TRUE(member(I(-3), call("Integers", "Int", {})));
}

TEST(Builtins, SequenceHeadTailLen) {
  EXPECT_EQ(call("Sequences", "Head", {tup({I(4), I(5)})}).as_int(), 4);
  std::string msg = error_of([] { call("Sequences", "Head", {tup({})}); });
  EXPECT_TRUE(contains(msg, "empty")) << msg;
  EXPECT_THROW(call("Sequences", "Head", {S("abc")}), Error);
  EXPECT_VEQ(call("Sequences", "Tail", {tup({I(4), I(5)})}), tup({I(5)}));
  EXPECT_VEQ(call("Sequences", "Tail", {tup({I(4)})}), tup({}));
  EXPECT_THROW(call("Sequences", "Tail", {tup({})}), Error);
  EXPECT_VEQ(call("Sequences", "Tail", {S("abc")}), S("bc"));
  EXPECT_THROW(call("Sequences", "Tail", {S("")}), Error);
  EXPECT_EQ(call("Sequences", "Len", {tup({I(4), I(5)})}).as_int(), 2);
  EXPECT_EQ(call("Sequences", "Len", {S("abc")}).as_int(), 3);
  EXPECT_EQ(call("Sequences", "Len", {S("")}).as_int(), 0);
  EXPECT_EQ(call("Sequences", "Len", {tup({})}).as_int(), 0);
  EXPECT_EQ(call("Sequences", "Len", {fcn({{I(2), I(0)}, {I(1), I(0)}})}).as_int(), 2);
  EXPECT_THROW(call("Sequences", "Len", {I(1)}), Error);
  EXPECT_THROW(call("Sequences", "Len", {rec({{"a", I(1)}})}), Error);
  EXPECT_THROW(call("Sequences", "Len", {set({I(1)})}), Error);
}

TEST(Builtins, SequenceAppendConcat) {
  EXPECT_VEQ(call("Sequences", "Append", {tup({I(1)}), I(2)}), tup({I(1), I(2)}));
  EXPECT_VEQ(call("Sequences", "Append", {tup({}), S("x")}), tup({S("x")}));
  EXPECT_THROW(call("Sequences", "Append", {S("ab"), S("c")}), Error);
  EXPECT_VEQ(call("Sequences", "\\o", {tup({I(1)}), tup({I(2), I(3)})}), tup({I(1), I(2), I(3)}));
  EXPECT_VEQ(call("Sequences", "\\o", {tup({}), tup({})}), tup({}));
  Value s = call("Sequences", "\\o", {S("ab"), S("cd")});
  ASSERT_TRUE(s.is_str());
  EXPECT_EQ(s.text(), "abcd");
  EXPECT_THROW(call("Sequences", "\\o", {S("ab"), tup({I(1)})}), Error);
  EXPECT_THROW(call("Sequences", "\\o", {tup({I(1)}), S("ab")}), Error);
}

TEST(Builtins, SubSeq) {
  Value s = tup({I(1), I(2), I(3), I(4)});
  EXPECT_VEQ(call("Sequences", "SubSeq", {s, I(2), I(3)}), tup({I(2), I(3)}));
  EXPECT_VEQ(call("Sequences", "SubSeq", {s, I(1), I(4)}), s);
  EXPECT_VEQ(call("Sequences", "SubSeq", {s, I(3), I(2)}), tup({}));
  EXPECT_VEQ(call("Sequences", "SubSeq", {s, I(4), I(4)}), tup({I(4)}));
  EXPECT_THROW(call("Sequences", "SubSeq", {s, I(0), I(2)}), Error);
  EXPECT_THROW(call("Sequences", "SubSeq", {s, I(2), I(5)}), Error);
  EXPECT_VEQ(call("Sequences", "SubSeq", {S("abcd"), I(2), I(3)}), S("bc"));
  EXPECT_VEQ(call("Sequences", "SubSeq", {S("abcd"), I(3), I(1)}), S(""));
  EXPECT_THROW(call("Sequences", "SubSeq", {S("abcd"), I(2), I(9)}), Error);
  EXPECT_THROW(call("Sequences", "SubSeq", {s, S("a"), I(2)}), Error);
}

TEST(Builtins, SeqSetAndSelectSeqErrorsWithoutClosure) {
  Value sq = call("Sequences", "Seq", {set({I(1)})});
  EXPECT_EQ(sq.kind(), VK::LazySet);
  EXPECT_TRUE(member(tup({I(1), I(1)}), sq));
  EXPECT_FALSE(member(tup({I(2)}), sq));
  EXPECT_FALSE(call("FiniteSets", "IsFiniteSet", {sq}).as_bool());
  EXPECT_FALSE(call("FiniteSets", "IsFiniteSet", {lazy(LazyKind::Nat)}).as_bool());
  EXPECT_TRUE(call("FiniteSets", "IsFiniteSet", {set({I(1)})}).as_bool());
}

TEST(Builtins, ColonGreaterAndAtAt) {
  Value one = call("TLC", ":>", {I(1), S("x")});
  EXPECT_EQ(to_string(one), "<<\"x\">>");
  Value left_wins = call("TLC", "@@", {one, call("TLC", ":>", {I(1), S("y")})});
  EXPECT_EQ(to_string(left_wins), "<<\"x\">>");
  Value five_six = call("TLC", "@@", {call("TLC", ":>", {I(1), I(5)}), call("TLC", ":>", {I(2), I(6)})});
  EXPECT_EQ(to_string(five_six), "<<5, 6>>");
  EXPECT_VEQ(five_six, tup({I(5), I(6)}));
  Value two_three = call("TLC", "@@", {call("TLC", ":>", {I(3), I(3)}), call("TLC", ":>", {I(2), I(2)})});
  EXPECT_EQ(to_string(two_three), "(2 :> 2 @@ 3 :> 3)");
  // f @@ g with overlap: f's value on the common key, g's on the rest.
  Value merged = call("TLC", "@@", {tup({I(10), I(20)}), tup({I(0), I(0), I(30)})});
  EXPECT_VEQ(merged, tup({I(10), I(20), I(30)}));
  Value recs = call("TLC", "@@", {rec({{"a", I(1)}}), rec({{"a", I(2)}, {"b", I(3)}})});
  EXPECT_VEQ(recs, rec({{"a", I(1)}, {"b", I(3)}}));
}

TEST(Builtins, Permutations) {
  Value p = call("TLC", "Permutations", {set({I(2), I(1)})});
  EXPECT_EQ(to_string(p), "{<<1, 2>>, <<2, 1>>}");
  EXPECT_EQ(cardinality(call("TLC", "Permutations", {make_interval(1, 4)})), 24);
  EXPECT_VEQ(call("TLC", "Permutations", {empty_set()}), set({tup({})}));
  Value pm = call("TLC", "Permutations", {set({M("perm_a"), M("perm_b")})});
  EXPECT_EQ(cardinality(pm), 2);
  for_each_element(pm, [&](const Value& f) {
    EXPECT_VEQ(domain(f), set({M("perm_a"), M("perm_b")}));
    return true;
  });
}

TEST(Builtins, Cardinality) {
  EXPECT_EQ(call("FiniteSets", "Cardinality", {set({I(1), I(2), I(2)})}).as_int(), 2);
  EXPECT_EQ(call("FiniteSets", "Cardinality", {make_interval(1, 0)}).as_int(), 0);
  EXPECT_EQ(call("FiniteSets", "Cardinality", {lazy(LazyKind::Subset, {set({I(1), I(2), I(3)})})}).as_int(), 8);
  EXPECT_THROW(call("FiniteSets", "Cardinality", {I(1)}), Error);
  EXPECT_THROW(call("FiniteSets", "Cardinality", {tup({I(1)})}), Error);
  EXPECT_THROW(call("FiniteSets", "Cardinality", {lazy(LazyKind::Nat)}), Error);
}

TEST(Builtins, SetOperators) {
  EXPECT_EQ(to_string(call("", "\\cup", {set({I(1), I(3)}), set({I(2), I(3)})})), "{1, 2, 3}");
  EXPECT_EQ(to_string(call("", "\\cup", {make_interval(1, 2), empty_set()})), "{1, 2}");
  // SetEnumValue.cup returns its argument when the set is empty: the interval itself.
  EXPECT_EQ(to_string(call("", "\\cup", {empty_set(), make_interval(1, 2)})), "1..2");
  EXPECT_EQ(to_string(call("", "\\cap", {set({I(1), I(2), I(3)}), set({I(2), I(3), I(4)})})), "{2, 3}");
  EXPECT_EQ(to_string(call("", "\\cap", {set({I(-1), I(0), I(1)}), lazy(LazyKind::Nat)})), "{0, 1}");
  EXPECT_EQ(to_string(call("", "\\", {set({I(1), I(2), I(3)}), set({I(2)})})), "{1, 3}");
  EXPECT_EQ(to_string(call("", "\\", {make_interval(1, 4), lazy(LazyKind::Nat)})), "{}");
  EXPECT_TRUE(call("", "\\subseteq", {set({I(1), I(2)}), set({I(1), I(2), I(3)})}).as_bool());
  EXPECT_FALSE(call("", "\\subseteq", {set({I(1), I(4)}), set({I(1), I(2), I(3)})}).as_bool());
  EXPECT_TRUE(call("", "\\subseteq", {empty_set(), set({})}).as_bool());
  EXPECT_TRUE(call("", "\\subseteq", {make_interval(1, 5), lazy(LazyKind::Nat)}).as_bool());
  EXPECT_THROW(call("", "\\cup", {set({I(1)}), set({S("a")})}), Error);
  EXPECT_THROW(call("", "\\cup", {set({I(1)}), I(2)}), Error);
  EXPECT_THROW(call("", "\\cap", {set({I(1)}), set({S("a")})}), Error);
}

TEST(Builtins, SubsetUnionDomain) {
  Value ss = call("", "SUBSET", {set({I(1), I(2)})});
  EXPECT_EQ(ss.kind(), VK::LazySet);
  EXPECT_EQ(cardinality(ss), 4);
  // SUBSET of a non-set is built (TLC's SubsetValue is lazy) and fails when it is used;
  // a base of size 0 that is not a set enumerates as SUBSET {}.
  Value bad = call("", "SUBSET", {I(1)});
  EXPECT_THROW(cardinality(bad), Error);
  EXPECT_THROW(to_string(bad), Error);
  EXPECT_EQ(cardinality(call("", "SUBSET", {tup({})})), 1);
  EXPECT_EQ(to_string(call("", "UNION", {set({set({I(1)}), set({I(2), I(3)}), set({})})})), "{1, 2, 3}");
  EXPECT_VEQ(call("", "UNION", {empty_set()}), empty_set());
  EXPECT_THROW(call("", "UNION", {set({I(1)})}), Error);
  EXPECT_THROW(call("", "UNION", {I(1)}), Error);
  EXPECT_EQ(to_string(call("", "DOMAIN", {tup({I(7), I(8)})})), "1..2");
}

TEST(Builtins, ToStringAndAny) {
  Value s = call("TLC", "ToString", {tup({I(1), S("a"), set({I(2)})})});
  ASSERT_TRUE(s.is_str());
  EXPECT_EQ(s.text(), "<<1, \"a\", {2}>>");
  EXPECT_EQ(call("TLC", "ToString", {make_interval(1, 3)}).text(), "1..3");
  EXPECT_TRUE(call("TLC", "Assert", {B(true), S("msg")}).as_bool());
  std::string msg = error_of([] { call("TLC", "Assert", {B(false), S("bad thing")}); });
  EXPECT_TRUE(contains(msg, "bad thing")) << msg;
  try {
    call("TLC", "Assert", {B(false), S("x")});
    ADD_FAILURE() << "Assert(FALSE, ..) did not throw";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), exit_code::assert_failed);
  }
}

}  // namespace
}  // namespace cairn

namespace cairn {
namespace {

// enumerate() keeps the normalised form of a lazy set: the second call returns the same
// object, it equals a fresh enumeration, and an immortal lazy set gets an immortal cache.
TEST(LazySets, EnumerationIsCached) {
  Value s = lazy(LazyKind::Subset, {set({I(3), I(1), I(2)})});
  Value a = enumerate(s), b = enumerate(s);
  EXPECT_EQ(a.obj(), b.obj());
  EXPECT_EQ(as_set(a)->elems.size(), 8u);
  Value fresh = enumerate(lazy(LazyKind::Subset, {set({I(1), I(2), I(3)})}));
  EXPECT_TRUE(equals(a, fresh));
  EXPECT_EQ(fingerprint(a), fingerprint(fresh));
  Value c = lazy(LazyKind::FcnSet, {set({I(1), I(2)}), set({S("a"), S("b")})});
  make_immortal(c);
  Value ec = enumerate(c);
  EXPECT_TRUE(ec.obj()->immortal);
  EXPECT_EQ(as_set(ec)->elems.size(), 4u);
  EXPECT_EQ(enumerate(c).obj(), ec.obj());
}

}  // namespace
}  // namespace cairn

namespace cairn {
namespace {

// fingerprints_permuted computes, for every permutation of a group at once (and through
// its per-object cache on a second call), exactly fingerprint_permuted's numbers.
TEST(Symmetry, AllPermutationsAtOnceMatchOneByOne) {
  Value a = M("sym_a"), b = M("sym_b"), c = M("sym_c");
  Value v = tup({set({rec({{"src", a}, {"dst", b}, {"n", I(1)}}), rec({{"src", c}, {"dst", a}, {"n", I(2)}})}),
                 tup({a, b, c}), fcn({{a, set({b})}, {b, set({})}, {c, set({a, c})}}), S("plain"), I(7)});
  PermGroup g;
  auto table = [](std::vector<std::pair<Value, Value>> moves) {
    PermTable t;
    for (auto& [from, to] : moves) {
      if (t.size() <= from.token()) t.resize(from.token() + 1);
      t[from.token()] = to;
    }
    return t;
  };
  g.tables = {{}, table({{a, b}, {b, a}}), table({{a, b}, {b, c}, {c, a}})};
  g.id = 12345;
  for (int round = 0; round < 2; ++round) {
    std::vector<uint64_t> all(g.tables.size());
    fingerprints_permuted(v, g, all.data());
    for (size_t i = 0; i < g.tables.size(); ++i) EXPECT_EQ(all[i], fingerprint_permuted(v, g.tables[i])) << i;
    EXPECT_EQ(all[0], fingerprint(v));
    EXPECT_NE(all[1], all[0]);
  }
}

}  // namespace
}  // namespace cairn
