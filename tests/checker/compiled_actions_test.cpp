// Compiled action expressions (ActionLeaves, checker/eval/compiled.hpp) change nothing the
// enumerator produces: from every reachable state of a model whose actions use the
// compiled constructs (EXCEPT, records, several binders, primes in guards, operator
// parameters bound to variables, islands such as LET, CHOOSE and set maps), each action
// gives the same successors in the same order with the compiled expressions as with the
// interpreter, and the same error where one is raised. Also: the action expressions are
// compiled, and one using RandomElement is not.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "checker/eval/compiled.hpp"
#include "checker/eval/enumerate.hpp"
#include "checker/model/model.hpp"

namespace cairn {
namespace {

namespace fs = std::filesystem;

const char* kSpec = R"(---- MODULE CompiledActions ----
EXTENDS Integers, FiniteSets, Sequences, TLC
CONSTANT N
VARIABLES pc, cnt, msgs, rec
Procs == 1..N
Init == /\ pc = [p \in Procs |-> "idle"]
        /\ cnt \in 0..1
        /\ msgs = {}
        /\ rec = [val |-> 0, log |-> <<>>]
Bump(v) == v' = v + 1
Start(p) == /\ pc[p] = "idle"
            /\ pc' = [pc EXCEPT ![p] = "busy"]
            /\ Bump(cnt)
            /\ cnt' <= N + 1
            /\ UNCHANGED <<msgs, rec>>
Send(p, q) == /\ p # q
              /\ pc[p] = "busy"
              /\ Cardinality(msgs) < 2
              /\ msgs' = msgs \cup {[from |-> p, to |-> q]}
              /\ UNCHANGED <<pc, cnt, rec>>
Recv == \E m \in msgs :
          /\ LET sender == m.from IN pc[sender] = "busy"
          /\ rec.val < 4 /\ Len(rec.log) < 2
          /\ msgs' = msgs \ {m}
          /\ rec' = [rec EXCEPT !.val = @ + m.to, !.log = Append(@, m.from)]
          /\ pc' = [pc EXCEPT ![m.to] = IF @ = "idle" THEN "busy" ELSE "idle"]
          /\ UNCHANGED cnt
Reset == /\ \A p \in Procs : pc[p] = "busy"
         /\ pc' = [p \in Procs |-> "idle"]
         /\ cnt' = CHOOSE c \in 0..N : c >= cnt - 1
         /\ msgs' = {m \in msgs : m.to > 1}
         /\ rec' = [rec EXCEPT !.log = SelectSeq(@, LAMBDA x : x > 1)]
Wrap == /\ cnt = N + 1
        /\ \E c \in {x * 2 : x \in 0..1} : cnt' = c
        /\ UNCHANGED <<pc, msgs, rec>>
Fail == /\ Len(rec.log) = 2
        /\ rec' = [rec EXCEPT !.val = rec.log[3]]
        /\ UNCHANGED <<pc, cnt, msgs>>
Next == \/ \E p \in Procs : Start(p)
        \/ \E p, q \in Procs : Send(p, q)
        \/ Recv \/ Reset \/ Wrap \/ Fail
Rand == cnt' = RandomElement(0..N) /\ UNCHANGED <<pc, msgs, rec>>
====
)";

struct Loaded {
  std::unique_ptr<Model> model;
};

std::unique_ptr<Model> load() {
  fs::path dir = fs::temp_directory_path() / "cairn_compiled_actions_test";
  fs::create_directories(dir);
  std::ofstream(dir / "CompiledActions.tla") << kSpec;
  std::ofstream(dir / "CompiledActions.cfg") << "CONSTANT N = 2\nINIT Init\nNEXT Next\n";
  ModelOptions mo;
  mo.spec_path = (dir / "CompiledActions.tla").string();
  return load_model(mo);
}

using State = std::vector<Value>;

/// The successors of `st` under action `a` in enumeration order, or the error's message.
std::vector<State> successors(const Model& m, const Action& a, const State& st, std::string& error) {
  Ctx c;
  c.worker = m.worker();
  size_t n = m.nvars();
  std::vector<State> out;
  try {
    enumerate_next(a, st.data(), n, c, [&](const Value* s) { out.emplace_back(s, s + n); });
  } catch (const Error& e) {
    error = e.what();
  }
  return out;
}

bool same(const std::vector<State>& a, const std::vector<State>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    for (size_t j = 0; j < a[i].size(); ++j)
      if (!equals(a[i][j], b[i][j])) return false;
  return true;
}

TEST(CompiledActions, GiveTheInterpretersSuccessorsFromEveryState) {
  auto m = load();
  ASSERT_NE(m->leaves, nullptr);
  RunContext& run = m->session->run;
  ActionLeaves* leaves = run.leaves;
  size_t nv = m->nvars();
  std::vector<State> frontier;
  Ctx base;
  base.worker = m->worker();
  enumerate_init(m->init, m->init_owner, nv, base, [&](const Value* s) { frontier.emplace_back(s, s + nv); });
  std::set<std::string> seen;
  size_t states = 0, errors = 0;
  while (!frontier.empty()) {
    State st = frontier.back();
    frontier.pop_back();
    std::string key;
    for (const Value& v : st) key += to_string(v) + "|";
    if (!seen.insert(key).second) continue;
    ++states;
    for (const Action& a : m->actions) {
      std::string compiled_error, interpreted_error;
      run.leaves = leaves;
      std::vector<State> compiled = successors(*m, a, st, compiled_error);
      run.leaves = nullptr;
      std::vector<State> interpreted = successors(*m, a, st, interpreted_error);
      EXPECT_TRUE(same(compiled, interpreted)) << a.name << " from " << key;
      EXPECT_EQ(compiled_error, interpreted_error) << a.name << " from " << key;
      errors += !interpreted_error.empty();
      if (interpreted_error.empty())
        for (const State& s : interpreted) frontier.push_back(s);
    }
  }
  run.leaves = leaves;
  EXPECT_GT(states, 20u);
  EXPECT_GT(errors, 0u);  // Fail applies rec.log to 3: the interpreter's error, both ways
  EXPECT_GT(leaves->compiled(), 20u);
  EXPECT_TRUE(leaves->interpreted().empty());
}

TEST(CompiledActions, AnActionThatDrawsIsNotCompiled) {
  auto m = load();
  Def* rand = m->spec->find_def("Rand");
  ASSERT_NE(rand, nullptr);
  std::vector<Action> actions = split_actions(rand->body, nullptr, "Rand", m->worker());
  ASSERT_EQ(actions.size(), 1u);
  Ctx base;
  base.worker = m->worker();
  size_t nv = m->nvars();
  State init;
  enumerate_init(m->init, m->init_owner, nv, base, [&](const Value* s) {
    if (init.empty()) init.assign(s, s + nv);
  });
  std::string error;
  EXPECT_EQ(successors(*m, actions[0], init, error).size(), 1u);
  auto why = m->leaves->interpreted();
  ASSERT_FALSE(why.empty());
  EXPECT_NE(why.back().find("impure"), std::string::npos) << why.back();
}

}  // namespace
}  // namespace cairn
