// Compiled predicates (checker/eval/compiled.hpp) agree with the interpreter: on every
// state of a model whose variables take values of several kinds, each invariant's
// compiled form either gives the interpreter's value or gives up (and never gives a
// value where the interpreter raises an error). Also: what is compiled and what is not.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "checker/eval/compiled.hpp"
#include "checker/eval/enumerate.hpp"
#include "checker/model/model.hpp"

namespace cairn {
namespace {

namespace fs = std::filesystem;

const char* kSpec = R"(---- MODULE CompiledPreds ----
EXTENDS Integers, FiniteSets, Sequences
VARIABLES x, y, f, r
Init == /\ x \in {-1, 0, 1, 2, 2147483647}
        /\ (y = "a" \/ y = 0 \/ y = <<1, 2>>)
        /\ (f = [i \in 0..2 |-> i] \/ f = <<3, 4, 5>> \/ f = [i \in 0..2 |-> i > 0])
        /\ (r = [a |-> 1, b |-> "s"] \/ r = [a |-> "t"])
Next == UNCHANGED <<x, y, f, r>>
Mul(a, b) == a * b
Twice(a) == Mul(a, 2)
Plus(a, b) == a + b
Fold(op(_, _), a, b) == op(a, b)
Overflow == x + 1 > 2
Quant == \A i \in 0..2 : f[i] <= x
Kinds == y = 0 \/ y = "a"
Fields == r.a + x = 2 /\ r.b = "s"
Filter == x < 10 => Cardinality({i \in 0..x : i # 1}) = x
Branches == IF x > 1 THEN f[1] = 0 ELSE CASE y = 0 -> TRUE [] x = 1 -> FALSE
Inlined == \E i \in {1, 2} : Twice(i) = x /\ Mul(i, x) # 3
Values == <<x, y>> \in {<<0, "a">>, <<1, 0>>} => {x, 1} = {1, x} /\ Len(<<x, x>>) = 2
Implied == (x > 0) <=> (x >= 1) /\ ~(x < -5) /\ x - 1 < x
HigherOrder == Fold(Plus, x, 1) > x
UsesLet == LET z == x + 1 IN z > x
UsesChoose == (CHOOSE i \in 0..3 : i >= x) >= x
====
)";

const std::vector<std::string> kPreds = {"Overflow", "Quant",  "Kinds",   "Fields",      "Filter",  "Branches",
                                         "Inlined",  "Values", "Implied", "HigherOrder", "UsesLet", "UsesChoose"};

struct Loaded {
  std::unique_ptr<Model> model;
  std::vector<std::vector<Value>> states;
};

Loaded load() {
  fs::path dir = fs::temp_directory_path() / "cairn_compiled_test";
  fs::create_directories(dir);
  std::ofstream(dir / "CompiledPreds.tla") << kSpec;
  std::ofstream cfg(dir / "CompiledPreds.cfg");
  cfg << "INIT Init\nNEXT Next\nINVARIANT";
  for (const auto& p : kPreds) cfg << " " << p;
  cfg << "\n";
  cfg.close();
  ModelOptions mo;
  mo.spec_path = (dir / "CompiledPreds.tla").string();
  Loaded l;
  l.model = load_model(mo);
  Ctx base;
  base.worker = l.model->worker();
  size_t n = l.model->nvars();
  enumerate_init(l.model->init, l.model->init_owner, n, base,
                 [&](const Value* s) { l.states.emplace_back(s, s + n); });
  return l;
}

const NamedDef& pred(const Model& m, const std::string& name) {
  for (const NamedDef& d : m.invariants)
    if (d.name == name) return d;
  throw std::runtime_error("no invariant " + name);
}

/// The interpreter's answer: the value, or the error's message.
std::optional<bool> interpret(const Model& m, const NamedDef& d, const std::vector<Value>& st, std::string& error) {
  Ctx c;
  c.worker = m.worker();
  c.cur = st.data();
  FrameHolder fh(d.frame_size, nullptr);
  try {
    return eval_bool(d.node, fh.get(), c, "an invariant");
  } catch (const Error& e) {
    error = e.what();
    return std::nullopt;
  }
}

TEST(CompiledExpr, AgreesWithTheInterpreterOnEveryState) {
  Loaded l = load();
  ASSERT_EQ(l.states.size(), 5u * 3u * 3u * 2u);
  for (const auto& name : kPreds) {
    const NamedDef& d = pred(*l.model, name);
    auto p = CompiledExpr::compile(d.node);
    if (!p) continue;
    size_t compiled = 0, errors = 0;
    for (const auto& st : l.states) {
      std::string error;
      std::optional<bool> want = interpret(*l.model, d, st, error);
      Ctx c;
      c.worker = l.model->worker();
      c.cur = st.data();
      bool got;
      if (!p->eval(c, got)) {
        EXPECT_GT(p->fallbacks(), 0u);
        continue;
      }
      ++compiled;
      EXPECT_TRUE(want.has_value()) << name << ": compiled gave a value where the interpreter says: " << error;
      if (want) EXPECT_EQ(got, *want) << name;
      if (!want) ++errors;
    }
    EXPECT_EQ(errors, 0u) << name;
    EXPECT_GT(compiled, 0u) << name << " never ran compiled";
  }
}

TEST(CompiledExpr, CompilesTheCommonConstructsAndNotTheOthers) {
  Loaded l = load();
  for (const char* name : {"Overflow", "Quant", "Kinds", "Fields", "Filter", "Branches", "Inlined", "Values", "Implied"}) {
    const NamedDef& d = pred(*l.model, name);
    std::string why;
    EXPECT_NE(CompiledExpr::compile(d.node, &why), nullptr) << name << ": " << why;
  }
  // An operator parameter applied, LET and CHOOSE are left to the interpreter.
  for (const char* name : {"HigherOrder", "UsesLet", "UsesChoose"}) {
    const NamedDef& d = pred(*l.model, name);
    std::string why;
    EXPECT_EQ(CompiledExpr::compile(d.node, &why), nullptr) << name;
    EXPECT_FALSE(why.empty()) << name;
  }
}

TEST(CompiledExpr, GivesUpWhereTheInterpreterFails) {
  Loaded l = load();
  const NamedDef& d = pred(*l.model, "Overflow");
  auto p = CompiledExpr::compile(d.node);
  ASSERT_NE(p, nullptr);
  size_t gave_up = 0;
  for (const auto& st : l.states) {
    std::string error;
    bool interpreted_ok = interpret(*l.model, d, st, error).has_value();
    Ctx c;
    c.worker = l.model->worker();
    c.cur = st.data();
    bool got;
    bool ran = p->eval(c, got);
    if (st[0].as_int() == 2147483647) {
      EXPECT_FALSE(interpreted_ok);  // x + 1 overflows TLC's 32-bit integers
      EXPECT_FALSE(ran);
      ++gave_up;
    } else {
      EXPECT_TRUE(ran);
    }
  }
  EXPECT_EQ(gave_up, 3u * 3u * 2u);
  EXPECT_EQ(p->fallbacks(), gave_up);
}

}  // namespace
}  // namespace cairn
