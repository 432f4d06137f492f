// enumerate_init_parallel gives exactly enumerate_init's states in enumerate_init's order
// (the order TLC enumerates initial states in), for any number of replicas: with states
// before, inside and after the split point, and with an error in the middle (the states
// before the error, then the error).
#include <gtest/gtest.h>

#include <tbb/task_arena.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "checker/eval/enumerate.hpp"
#include "checker/model/model.hpp"

namespace cairn {
namespace {

namespace fs = std::filesystem;

struct Run {
  std::vector<std::string> states;
  std::optional<std::string> error;
};

std::unique_ptr<Model> model_of(const std::string& name, const std::string& init) {
  fs::path dir = fs::temp_directory_path() / "cairn_enumerate_test";
  fs::create_directories(dir);
  std::ofstream(dir / (name + ".tla")) << "---- MODULE " << name << " ----\nEXTENDS Integers\nVARIABLES x, y\n"
                                       << "Init == " << init << "\nNext == UNCHANGED <<x, y>>\n====\n";
  std::ofstream(dir / (name + ".cfg")) << "INIT Init\nNEXT Next\n";
  ModelOptions mo;
  mo.spec_path = (dir / (name + ".tla")).string();
  return load_model(mo);
}

Run enumerate(Model& m, int tasks) {
  Run r;
  auto keep = [&](const Value* s) { r.states.push_back(to_string(s[0]) + "," + to_string(s[1])); };
  Ctx base;
  base.worker = m.worker();
  try {
    if (tasks == 0) {
      enumerate_init(m.init, m.init_owner, m.nvars(), base, keep);
    } else {
      tbb::task_arena arena(2);
      InitStates got;
      arena.execute([&] { got = enumerate_init_parallel(m.init, m.init_owner, m.nvars(), base, tasks); });
      for (size_t i = 0; i < got.states.size(); i += m.nvars()) keep(&got.states[i]);
      if (got.error) throw *got.error;
    }
  } catch (Error& e) {
    r.error = e.what();
  }
  return r;
}

void expect_same_as_sequential(const std::string& name, const std::string& init, size_t want_states, bool want_error) {
  auto m = model_of(name, init);
  Run seq = enumerate(*m, 0);
  EXPECT_EQ(seq.states.size(), want_states) << name;
  EXPECT_EQ(seq.error.has_value(), want_error) << name;
  for (int tasks : {1, 2, 3, 8}) {
    Run par = enumerate(*m, tasks);
    EXPECT_EQ(par.states, seq.states) << name << " with " << tasks << " replicas";
    EXPECT_EQ(par.error, seq.error) << name << " with " << tasks << " replicas";
  }
}

TEST(EnumerateInitParallel, SameStatesInTheSameOrder) {
  // 1 state before the split point (x \in 1..5), 5 * 3 inside it, 2 after it.
  expect_same_as_sequential("SplitPhases",
                            "\\/ x = 0 /\\ y = 0\n"
                            "        \\/ /\\ x \\in 1..5\n"
                            "           /\\ y \\in {3, 1, 2}\n"
                            "           /\\ x + y # 4\n"
                            "        \\/ x = 9 /\\ y \\in {7, 8}\n",
                            1 + 15 - 3 + 2, false);
  // No split point (every set has one element): replica 0 does all the work.
  expect_same_as_sequential("NoSplit", "x \\in {1} /\\ y = x + 1", 1, false);
  // Duplicate states are kept (the explorer counts them as generated): the second
  // disjunct, after the split point, repeats the first.
  expect_same_as_sequential("Duplicates", "\\/ x \\in {1, 2} /\\ y = 0\n        \\/ x \\in {1, 2} /\\ y = 0", 4, false);
}

TEST(EnumerateInitParallel, ErrorAfterTheStatesBeforeIt) {
  // The division by zero is reached at x = 4 (after 3 * 2 states), in replica 4 % tasks.
  expect_same_as_sequential("ErrorInside",
                            "/\\ x \\in 1..6\n"
                            "        /\\ y \\in {1, 2}\n"
                            "        /\\ IF x = 4 /\\ y = 2 THEN 1 \\div 0 = 1 ELSE TRUE\n",
                            7, true);
}

}  // namespace
}  // namespace cairn
