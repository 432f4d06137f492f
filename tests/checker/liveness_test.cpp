// Liveness counterexamples are checked independently of the liveness checker: for small
// specs whose temporal property fails, the lasso that check_liveness returns must be
//   - legal: state 1 is an initial state, every further state (and the step that closes
//     the cycle) is produced by some action from the state before it;
//   - closed: the cycle returns to trace[loop_back] (or the behaviour stutters forever on
//     its last state);
//   - fair: every fairness conjunct of the SPECIFICATION (WF/SF) holds on the lasso;
//   - a counterexample: the property evaluates to FALSE on the lasso.
// The lasso is evaluated by a small LTL-over-lasso interpreter written here (positions
// 0..L-1, the successor of L-1 is the loop index), not by the checker's automata.
// Specs whose property holds must come back "success".
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "checker/eval/enumerate.hpp"
#include "checker/eval/eval.hpp"
#include "checker/driver/driver.hpp"
#include "checker/search/explore.hpp"
#include "checker/report/report.hpp"
#include "checker/liveness/liveness.hpp"
#include "checker/model/model.hpp"

namespace cairn {
namespace {

namespace fs = std::filesystem;

struct Lasso {
  std::vector<std::vector<Value>> s;
  size_t loop = 0;
  size_t next(size_t i) const { return i + 1 < s.size() ? i + 1 : loop; }
  std::vector<size_t> from(size_t i) const {  // positions of the suffix starting at i
    std::vector<size_t> v;
    for (size_t j = i; j < s.size(); ++j) v.push_back(j);
    for (size_t j = loop; j < i && j < s.size(); ++j) v.push_back(j);
    return v;
  }
};

bool same(const std::vector<Value>& a, const Value* b, size_t n) {
  for (size_t i = 0; i < n; ++i)
    if (!b[i].defined() || !equals(a[i], b[i])) return false;
  return true;
}

class LassoEval {
 public:
  LassoEval(Model& m, const Lasso& l) : m_(m), l_(l), n_(m.nvars()) {}

  bool eval_at(const Node* n, Frame* f, size_t i) {
    if (n->level != Level::Temporal) {
      Ctx c;
      c.worker = m_.worker();
      c.cur = l_.s[i].data();
      c.next = const_cast<Value*>(l_.s[l_.next(i)].data());
      return eval_bool(n, f, c);
    }
    switch (n->op) {
      case Op::And:
        for (const Node* k : n->kids)
          if (!eval_at(k, f, i)) return false;
        return true;
      case Op::Or:
        for (const Node* k : n->kids)
          if (eval_at(k, f, i)) return true;
        return false;
      case Op::Not: return !eval_at(n->kids[0], f, i);
      case Op::Implies: return !eval_at(n->kids[0], f, i) || eval_at(n->kids[1], f, i);
      case Op::Always:
        for (size_t j : l_.from(i))
          if (!eval_at(n->kids[0], f, j)) return false;
        return true;
      case Op::Eventually:
        for (size_t j : l_.from(i))
          if (eval_at(n->kids[0], f, j)) return true;
        return false;
      case Op::LeadsTo:
        for (size_t j : l_.from(i)) {
          if (!eval_at(n->kids[0], f, j)) continue;
          bool ok = false;
          for (size_t k : l_.from(j))
            if (eval_at(n->kids[1], f, k)) ok = true;
          if (!ok) return false;
        }
        return true;
      case Op::Let: return eval_at(n->kids[0], f, i);
      case Op::Call: {
        Def* d = n->def;
        FrameHolder fh(d->frame_size, nullptr);
        Ctx c;
        c.worker = m_.worker();
        c.cur = l_.s[i].data();
        for (size_t k = 0; k < n->kids.size(); ++k) fh.get()->slots[k] = eval(n->kids[k], f, c);
        return eval_at(d->body, fh.get(), i);
      }
      case Op::Forall:
      case Op::Exists: {
        bool all = n->op == Op::Forall, result = all;
        Ctx c;
        c.worker = m_.worker();
        for_each_binding(n->binders[0], f, c, [&] {
          if (eval_at(n->kids.back(), f, i) != all) result = !all;
          return result == all;
        });
        return result;
      }
      case Op::WF:
      case Op::SF: {
        // Over the cycle (the positions repeated forever).
        bool some_disabled = false, some_enabled = false, taken = false;
        for (size_t j = l_.loop; j < l_.s.size(); ++j) {
          bool en = enabled(n->kids[1], n->kids[0], f, l_.s[j]);
          (en ? some_enabled : some_disabled) = true;
          if (angle(n->kids[1], n->kids[0], f, l_.s[j], l_.s[l_.next(j)])) taken = true;
        }
        if (n->op == Op::WF) return some_disabled || taken;
        return !some_enabled || taken;
      }
      default: break;
    }
    ADD_FAILURE() << "the test's lasso evaluator cannot handle " << n->text;
    return false;
  }

 private:
  Model& m_;
  const Lasso& l_;
  size_t n_;

  bool changes(const Node* sub, Frame* f, const std::vector<Value>& a, const Value* b) {
    Ctx c1, c2;
    c1.cur = a.data();
    c2.cur = b;
    return !equals(eval(sub, f, c1), eval(sub, f, c2));
  }

  bool angle(const Node* a, const Node* sub, Frame* f, const std::vector<Value>& s, const std::vector<Value>& t) {
    if (!changes(sub, f, s, t.data())) return false;
    Ctx c;
    c.worker = m_.worker();
    c.cur = s.data();
    c.next = const_cast<Value*>(t.data());
    return eval_bool(a, f, c);
  }

  bool enabled(const Node* a, const Node* sub, Frame* f, const std::vector<Value>& s) {
    Action act;
    if (a->op == Op::Call && a->def->body) {
      act.node = a->def->body;
      act.owner = a->def;
      Ctx c;
      c.worker = m_.worker();
      c.cur = s.data();
      for (const Node* k : a->kids) act.frame.push_back(eval(k, f, c));
    } else {
      ADD_FAILURE() << "fairness of a non-operator action in a test spec";
      return false;
    }
    bool found = false;
    Ctx base;
    base.worker = m_.worker();
    enumerate_next(act, s.data(), n_, base, [&](const Value* nx) {
      if (changes(sub, f, s, nx)) found = true;
    });
    return found;
  }
};

struct Outcome {
  CheckResult r;
  std::unique_ptr<Model> m;
};

Outcome run(const std::string& name, const std::string& tla, const std::string& cfg) {
  fs::path dir = fs::temp_directory_path() / ("cairn-liveness-test-" + name);
  fs::create_directories(dir);
  std::ofstream(dir / (name + ".tla")) << tla;
  std::ofstream(dir / (name + ".cfg")) << cfg;
  ModelOptions mo;
  mo.spec_path = (dir / (name + ".tla")).string();
  Outcome o;
  o.m = load_model(mo);
  CheckOptions co;
  co.workers = 1;
  co.quiet = true;
  CheckResult safety = check(*o.m, co);
  EXPECT_EQ(result_name(safety.verdict), "success") << verdict_text(safety.verdict);
  o.r = liveness::check_liveness(*o.m, safety, co);
  return o;
}

/// The checks of the file comment on a failing property's lasso.
void verify_lasso(Model& m, const CheckResult& r, const std::string& prop) {
  ASSERT_EQ(result_name(r.verdict), "liveness failure") << verdict_text(r.verdict);
  ASSERT_EQ(r.exit_code(), 13);
  ASSERT_EQ(r.verdict.kind, VerdictKind::liveness);
  EXPECT_EQ(r.verdict.name, prop);
  EXPECT_EQ(headline(r.verdict), "Temporal property " + prop + " was violated.");
  const auto& tr = r.trace;
  size_t n = m.nvars();
  ASSERT_FALSE(tr.empty());
  ASSERT_GE(r.loop_back, 0);
  ASSERT_LT(static_cast<size_t>(r.loop_back), tr.size());
  // Legal: an initial state, then steps of the actions.
  bool init = false;
  Ctx base;
  base.worker = m.worker();
  enumerate_init(m.init, m.init_owner, n, base, [&](const Value* st) {
    if (same(tr[0].state, st, n)) init = true;
  });
  EXPECT_TRUE(init) << "state 1 is not initial";
  for (size_t k = 1; k < tr.size(); ++k) {
    bool found = false;
    for (const Action& a : m.actions) {
      Ctx c;
      c.worker = m.worker();
      enumerate_next(a, tr[k - 1].state.data(), n, c, [&](const Value* nx) {
        if (same(tr[k].state, nx, n)) found = true;
      });
    }
    EXPECT_TRUE(found) << "step " << k << " -> " << k + 1 << " is not a step of the spec";
    EXPECT_FALSE(tr[k].action.empty());
  }
  Lasso l;
  bool back = static_cast<size_t>(r.loop_back) + 1 < tr.size();
  if (back) {
    // Closed: the last entry repeats the state the cycle returns to.
    EXPECT_TRUE(same(tr[static_cast<size_t>(r.loop_back)].state, tr.back().state.data(), n)) << "the cycle does not close";
    for (size_t k = 0; k + 1 < tr.size(); ++k) l.s.push_back(tr[k].state);
  } else {
    for (const auto& s : tr) l.s.push_back(s.state);  // stutters on the last state
  }
  l.loop = static_cast<size_t>(r.loop_back);
  LassoEval ev(m, l);
  // Fair: the spec's fairness holds on the lasso.
  for (const Node* f : m.fairness) {
    FrameHolder fh(256, nullptr);
    EXPECT_TRUE(ev.eval_at(f, fh.get(), 0)) << "the lasso is not fair (line " << f->loc.line << ")";
  }
  // A counterexample: some conjunct of the property fails on it.
  bool all = true;
  for (const auto& p : m.properties) {
    if (p.name != prop) continue;
    FrameHolder fh(std::max(p.frame_size, 256), nullptr);
    if (!ev.eval_at(p.node, fh.get(), 0)) all = false;
  }
  EXPECT_FALSE(all) << "the property holds on the printed lasso";
}

const char* kCycle = R"(---- MODULE Cycle ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Never == <>(x = 5)
InfOften == []<>(x = 2)
Steps == []<><<Next>>_x
Stable == <>[](x = 1)
Lead == (x = 1) ~> (x = 0)
====
)";

TEST(Liveness, EventuallyNeverTrueLoopsBack) {
  auto o = run("Cycle", kCycle, "SPECIFICATION Spec\nPROPERTY Never\n");
  verify_lasso(*o.m, o.r, "Never");
  EXPECT_LT(static_cast<size_t>(o.r.loop_back) + 1, o.r.trace.size()) << "expected a cycle, not stuttering";
}

TEST(Liveness, FairCycleSatisfiesRecurrence) {
  auto o = run("Cycle", kCycle, "SPECIFICATION Spec\nPROPERTIES InfOften Steps Lead\n");
  EXPECT_EQ(result_name(o.r.verdict), "success") << verdict_text(o.r.verdict);
}

TEST(Liveness, PersistenceFails) {
  auto o = run("Cycle", kCycle, "SPECIFICATION Spec\nPROPERTY Stable\n");
  verify_lasso(*o.m, o.r, "Stable");
}

TEST(Liveness, WithoutFairnessStutters) {
  const char* tla = R"(---- MODULE Stop ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Spec == Init /\ [][Next]_x
Prop == <>(x = 2)
====
)";
  auto o = run("Stop", tla, "SPECIFICATION Spec\nPROPERTY Prop\nCHECK_DEADLOCK FALSE\n");
  verify_lasso(*o.m, o.r, "Prop");
  EXPECT_EQ(static_cast<size_t>(o.r.loop_back) + 1, o.r.trace.size()) << "expected stuttering";
}

TEST(Liveness, DeadlockedStateStuttersEvenWithFairness) {
  const char* tla = R"(---- MODULE Dead ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Reaches == <>(x = 2)
Forever == []<>(x = 0)
====
)";
  auto ok = run("Dead", tla, "SPECIFICATION Spec\nPROPERTY Reaches\nCHECK_DEADLOCK FALSE\n");
  EXPECT_EQ(result_name(ok.r.verdict), "success");
  auto bad = run("Dead", tla, "SPECIFICATION Spec\nPROPERTY Forever\nCHECK_DEADLOCK FALSE\n");
  verify_lasso(*bad.m, bad.r, "Forever");
}

const char* kLock = R"(---- MODULE Lock ----
EXTENDS Naturals
CONSTANT N
VARIABLES pc, lock
Procs == 1..N
vars == <<pc, lock>>
Init == pc = [p \in Procs |-> "idle"] /\ lock = 0
Request(p) == pc[p] = "idle" /\ pc' = [pc EXCEPT ![p] = "waiting"] /\ UNCHANGED lock
Acquire(p) == pc[p] = "waiting" /\ lock = 0 /\ lock' = p /\ pc' = [pc EXCEPT ![p] = "critical"]
Release(p) == pc[p] = "critical" /\ lock' = 0 /\ pc' = [pc EXCEPT ![p] = "idle"]
Next == \E p \in Procs : Request(p) \/ Acquire(p) \/ Release(p)
Unfair == Init /\ [][Next]_vars /\ WF_vars(Next)
Weak == Init /\ [][Next]_vars /\ \A p \in Procs : WF_vars(Release(p)) /\ WF_vars(Acquire(p))
Strong == Init /\ [][Next]_vars /\ \A p \in Procs : WF_vars(Release(p)) /\ SF_vars(Acquire(p))
NoStarvation == \A p \in Procs : pc[p] = "waiting" ~> pc[p] = "critical"
CanEnter == \A p \in Procs : []<>(ENABLED Acquire(p) \/ pc[p] # "waiting")
====
)";

TEST(Liveness, StarvationWithoutPerProcessFairness) {
  auto o = run("Lock", kLock, "SPECIFICATION Unfair\nCONSTANT N = 2\nPROPERTY NoStarvation\n");
  verify_lasso(*o.m, o.r, "NoStarvation");
}

TEST(Liveness, WeakFairnessIsNotEnough) {
  auto o = run("Lock", kLock, "SPECIFICATION Weak\nCONSTANT N = 2\nPROPERTY NoStarvation\n");
  verify_lasso(*o.m, o.r, "NoStarvation");
}

TEST(Liveness, StrongFairnessPreventsStarvation) {
  auto o = run("Lock", kLock, "SPECIFICATION Strong\nCONSTANT N = 3\nPROPERTIES NoStarvation CanEnter\n");
  EXPECT_EQ(result_name(o.r.verdict), "success") << verdict_text(o.r.verdict);
}

}  // namespace
}  // namespace cairn
