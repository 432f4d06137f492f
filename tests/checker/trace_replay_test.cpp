// "Every counterexample cairn prints replays": for specs with a safety or deadlock
// violation, check() is run with 1 and with 2 workers and the trace it returns is verified
// independently of the explorer:
//   - state 1 is one of the states enumerate_init produces (every variable `equals`);
//   - every further state is produced by enumerate_next of some action of model.actions
//     from the state before it (all actions are searched), and one of the actions that
//     produce it carries the name the trace prints;
//   - every state but the last satisfies the CONSTRAINTs (it was expanded), and every step
//     to a non-final state satisfies the ACTION_CONSTRAINTs;
//   - the last state violates what was reported: the named invariant evaluates to FALSE on
//     it, or (deadlock) no action yields any successor from it;
//   - the trace length is TLC's: models.json's trace_length for corpus models, the
//     expectation written in the golden test / expected.json for the repository's specs.
// Corpus models run only when CAIRN_CORPUS_DIR exists.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "checker/eval/enumerate.hpp"
#include "checker/eval/eval.hpp"
#include "checker/driver/driver.hpp"
#include "checker/search/explore.hpp"
#include "checker/report/report.hpp"
#include "checker/liveness/liveness.hpp"
#include "checker/model/model.hpp"
#include "checker/value/value.hpp"

#ifndef CAIRN_SOURCE_DIR
#error "CAIRN_SOURCE_DIR must be defined (tests/CMakeLists.txt)"
#endif

namespace cairn {
namespace {

namespace fs = std::filesystem;

enum class Where { Repo, Corpus };

struct Case {
  std::string name;  // test name
  Where where;
  std::string spec;  // relative to the repository or the corpus root
  std::string cfg;   // "" : SPEC.cfg beside the spec
  bool one_worker = false;  // its ASSUME requires TLCGet("config").worker = 1
};

std::ostream& operator<<(std::ostream& os, const Case& c) { return os << c.name; }

const std::vector<Case>& cases() {
  static const std::vector<Case> v = {
      {"BankTransfer", Where::Repo, "specs/BankTransfer/BankTransfer.tla", ""},
      {"NaiveCommit", Where::Repo, "specs/NaiveCommit/NaiveCommit.tla", ""},
      {"GoldenCounterInv", Where::Repo, "tests/golden/check/CounterInv.tla", ""},
      {"GoldenDeadlock", Where::Repo, "tests/golden/check/Deadlock.tla", ""},
      {"GoldenConstraintInv", Where::Repo, "tests/golden/check/ConstraintInv.tla", ""},
      {"GoldenInitViolation", Where::Repo, "tests/golden/check/InitViolation.tla", ""},
      {"DieHard", Where::Corpus, "specifications/DieHard/DieHard.tla", "specifications/DieHard/DieHard.cfg"},
      {"MCDieHardest", Where::Corpus, "specifications/DieHard/MCDieHardest.tla",
       "specifications/DieHard/MCDieHardest.cfg", true},
      {"MissionariesAndCannibals", Where::Corpus,
       "specifications/MissionariesAndCannibals/MissionariesAndCannibals.tla",
       "specifications/MissionariesAndCannibals/MissionariesAndCannibals.cfg"},
      {"FourQueens", Where::Corpus, "specifications/N-Queens/Queens.toolbox/FourQueens/MC.tla",
       "specifications/N-Queens/Queens.toolbox/FourQueens/MC.cfg"},
      {"MC_spanning", Where::Corpus, "specifications/spanning/MC_spanning.tla",
       "specifications/spanning/MC_spanning.cfg"},
      {"MCCheckpointCoordinationFailure", Where::Corpus,
       "specifications/CheckpointCoordination/MCCheckpointCoordination.tla",
       "specifications/CheckpointCoordination/MCCheckpointCoordinationFailure.cfg"},
  };
  return v;
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// What TLC reports for a case: the verdict and the trace length (-1: unknown).
struct Expected {
  std::string result;
  int64_t trace_length = -1;
};

Expected expected_for(const Case& c, const std::string& spec_path) {
  Expected e;
  if (c.where == Where::Corpus) {
    auto rows = nlohmann::json::parse(read_text(std::string(CAIRN_CORPUS_DIR) + "/models.json"));
    for (const auto& r : rows) {
      if (r.value("path", "") != c.cfg) continue;
      e.result = r.value("tlc_result", "");
      if (r.contains("trace_length") && r["trace_length"].is_number_integer())
        e.trace_length = r["trace_length"].get<int64_t>();
      if (e.result == "success" && r.value("deadlock_reported", false)) e.result = "deadlock failure";
    }
    return e;
  }
  fs::path expected_json = fs::path(spec_path).parent_path() / "expected.json";
  if (fs::exists(expected_json) && c.spec.rfind("specs/", 0) == 0) {
    auto j = nlohmann::json::parse(read_text(expected_json.string()));
    if (j.is_array()) {  // a lesson: one run per module (and cfg); take this module's first
      const std::string module = fs::path(spec_path).stem().string();
      nlohmann::json run;
      for (const auto& r : j)
        if (r.value("module", "") == module && r.value("command", "check") == "check") {
          run = r;
          break;
        }
      j = run.is_null() ? nlohmann::json::object() : run;
    }
    e.result = j.value("result", "");
    if (j.contains("trace_length")) e.trace_length = j["trace_length"].get<int64_t>();
    return e;
  }
  // Golden tests: the first line says `\* cairn: ... result="..." ... trace_length=N`.
  std::string text = read_text(spec_path);
  std::smatch m;
  if (std::regex_search(text, m, std::regex(R"(result="([^"]*)\")"))) e.result = m[1];
  if (std::regex_search(text, m, std::regex(R"(trace_length=(\d+))"))) e.trace_length = std::stoll(m[1]);
  return e;
}

bool same_state(const std::vector<Value>& a, const Value* b, size_t n) {
  if (a.size() != n) return false;
  for (size_t i = 0; i < n; ++i)
    if (!b[i].defined() || !equals(a[i], b[i])) return false;
  return true;
}

std::string show(const Model& m, const std::vector<Value>& s) {
  std::string out;
  for (size_t v = 0; v < s.size() && v < m.nvars(); ++v)
    out += "/\\ " + m.spec->var_names[v] + " = " + (s[v].defined() ? to_string(s[v]) : "<undef>") + "\n";
  return out;
}

bool holds(const Model& m, const NamedDef& d, const Value* cur, const Value* next, int level) {
  Ctx c;
  c.worker = m.worker();
  c.cur = cur;
  c.next = const_cast<Value*>(next);
  c.level = level;
  FrameHolder fh(d.frame_size, nullptr);
  return eval_bool(d.node, fh.get(), c, "a replayed formula");
}

class TraceReplay : public ::testing::TestWithParam<std::tuple<Case, int>> {};

TEST_P(TraceReplay, CounterexampleReplays) {
  const auto& [c, workers] = GetParam();
  if (c.one_worker && workers > 1) GTEST_SKIP() << c.name << " assumes one worker";
  ModelOptions mo;
  std::string root;
  if (c.where == Where::Corpus) {
    root = CAIRN_CORPUS_DIR;
    if (!fs::exists(root + "/models.json")) GTEST_SKIP() << "no corpus at " << root;
    mo.libs.push_back(root + "/library");
  } else {
    root = CAIRN_SOURCE_DIR;
  }
  mo.spec_path = root + "/" + c.spec;
  if (!c.cfg.empty()) mo.cfg_path = root + "/" + c.cfg;
  Expected exp = expected_for(c, mo.spec_path);
  ASSERT_FALSE(exp.result.empty()) << "no expectation found for " << c.name;

  // Some corpus specs read files relative to the corpus root (as TLC was run there).
  struct Cwd {
    fs::path old = fs::current_path();
    ~Cwd() { fs::current_path(old); }
  } cwd;
  fs::current_path(root);

  std::unique_ptr<Model> mp = load_model(mo);
  Model& m = *mp;
  CheckOptions co;
  co.workers = workers;
  co.quiet = true;
  CheckResult r = check(m, co);

  ASSERT_EQ(result_name(r.verdict), exp.result) << verdict_text(r.verdict);
  const size_t n = m.nvars();
  const auto& tr = r.trace;
  ASSERT_FALSE(tr.empty()) << "no counterexample";
  if (exp.trace_length >= 0) EXPECT_EQ(static_cast<int64_t>(tr.size()), exp.trace_length) << "TLC's trace length";
  for (size_t i = 0; i < tr.size(); ++i) ASSERT_EQ(tr[i].state.size(), n) << "state " << i + 1 << " is incomplete";

  // State 1: an initial state.
  {
    bool found = false;
    Ctx base;
    base.worker = m.worker();
    base.level = 0;
    enumerate_init(m.init, m.init_owner, n, base, [&](const Value* st) {
      if (same_state(tr[0].state, st, n)) found = true;
    });
    EXPECT_TRUE(found) << c.name << " workers=" << workers
                       << ": state 1 is not an initial state:\n" << show(m, tr[0].state);
    EXPECT_TRUE(tr[0].action.empty()) << "state 1 is labelled " << tr[0].action;
  }

  // Every step: some action produces it from the state before.
  for (size_t k = 1; k < tr.size(); ++k) {
    const std::vector<Value>& prev = tr[k - 1].state;
    // A state that was expanded satisfies the CONSTRAINTs.
    for (const auto& con : m.constraints)
      EXPECT_TRUE(holds(m, con, prev.data(), nullptr, static_cast<int>(k)))
          << c.name << " workers=" << workers << ": state " << k << " violates CONSTRAINT " << con.name
          << " but has a successor in the trace";
    std::vector<std::string> producers;
    for (const Action& a : m.actions) {
      bool yes = false;
      Ctx cx;
      cx.worker = m.worker();
      cx.level = static_cast<int>(k);  // the level of the state expanded (1-based)
      enumerate_next(a, prev.data(), n, cx, [&](const Value* nx) {
        if (same_state(tr[k].state, nx, n)) yes = true;
      });
      if (yes) producers.push_back(a.name);
    }
    ASSERT_FALSE(producers.empty())
        << c.name << " workers=" << workers << ": step " << k << " -> " << k + 1 << " (labelled <"
        << tr[k].action << ">) is produced by no action.\nState " << k << ":\n" << show(m, prev)
        << "State " << k + 1 << ":\n" << show(m, tr[k].state);
    EXPECT_NE(std::find(producers.begin(), producers.end(), tr[k].action), producers.end())
        << c.name << " workers=" << workers << ": state " << k + 1 << " is labelled <" << tr[k].action
        << "> but is produced only by <" << producers.front() << ">";
    if (k + 1 < tr.size())
      for (const auto& ac : m.action_constraints)
        EXPECT_TRUE(holds(m, ac, prev.data(), tr[k].state.data(), static_cast<int>(k + 1)))
            << c.name << " workers=" << workers << ": step " << k << " -> " << k + 1
            << " violates ACTION_CONSTRAINT " << ac.name;
  }

  // The last state violates what was reported.
  const std::vector<Value>& last = tr.back().state;
  const int last_level = static_cast<int>(tr.size());
  const VerdictKind kind = r.verdict.kind;
  const std::string& name = r.verdict.name;
  if (kind == VerdictKind::invariant) {
    const NamedDef* inv = nullptr;
    for (const auto& d : m.invariants)
      if (d.name == name) inv = &d;
    ASSERT_NE(inv, nullptr) << "reported invariant " << name << " is not an invariant of the model";
    EXPECT_FALSE(holds(m, *inv, last.data(), nullptr, last_level))
        << c.name << " workers=" << workers << ": invariant " << name << " holds in the last state:\n"
        << show(m, last);
  } else if (kind == VerdictKind::deadlock) {
    size_t successors = 0;
    for (const Action& a : m.actions) {
      Ctx cx;
      cx.worker = m.worker();
      cx.level = last_level;
      enumerate_next(a, last.data(), n, cx, [&](const Value*) { ++successors; });
    }
    EXPECT_EQ(successors, 0u) << c.name << " workers=" << workers
                              << ": reported deadlock, but the last state has successors:\n"
                              << show(m, last);
  } else if (kind == VerdictKind::action_property) {
    ASSERT_GE(tr.size(), 2u);
    const NamedDef* p = nullptr;
    for (const auto& d : m.action_properties)
      if (d.name == name) p = &d;
    ASSERT_NE(p, nullptr) << "reported action property " << name << " is not in the model";
    EXPECT_FALSE(holds(m, *p, tr[tr.size() - 2].state.data(), last.data(), last_level));
  } else {
    FAIL() << "unexpected verdict " << result_name(r.verdict) << ": " << verdict_text(r.verdict);
  }
}

std::string case_name(const ::testing::TestParamInfo<std::tuple<Case, int>>& info) {
  return std::get<0>(info.param).name + "_w" + std::to_string(std::get<1>(info.param));
}

INSTANTIATE_TEST_SUITE_P(Counterexamples, TraceReplay,
                         ::testing::Combine(::testing::ValuesIn(cases()), ::testing::Values(1, 2)),
                         case_name);

}  // namespace
}  // namespace cairn
