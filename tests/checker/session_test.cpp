// Two models in one process each order their strings as a fresh TLC run would: the
// interning order (which orders strings and model values, hence how sets print, CHOOSE
// and SYMMETRY) belongs to the model's Session, not to the process.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "checker/eval/enumerate.hpp"
#include "checker/model/model.hpp"

namespace cairn {
namespace {

namespace fs = std::filesystem;

std::unique_ptr<Model> model_with_init(const std::string& name, const std::string& init,
                                       const std::string& constants = "", const std::string& cfg = "") {
  fs::path dir = fs::temp_directory_path() / "cairn_session_test";
  fs::create_directories(dir);
  std::ofstream(dir / (name + ".tla")) << "---- MODULE " << name << " ----\n" << constants << "VARIABLE x\n"
                                       << "Init == " << init << "\nNext == UNCHANGED x\n====\n";
  std::ofstream(dir / (name + ".cfg")) << cfg << "INIT Init\nNEXT Next\n";
  ModelOptions mo;
  mo.spec_path = (dir / (name + ".tla")).string();
  return load_model(mo);
}

std::string initial_x(Model& m) {
  std::string out;
  Ctx base;
  base.worker = m.worker();
  enumerate_init(m.init, m.init_owner, m.nvars(), base, [&](const Value* s) { out = to_string(s[0]); });
  return out;
}

TEST(Session, EachModelHasItsOwnInterningOrder) {
  // "zz" is interned before "aa" in the first model, after it in the second.
  auto first = model_with_init("SessionFirst", R"(x = {"zz", "aa"} /\ "zz" # "aa")");
  EXPECT_EQ(initial_x(*first), R"({"zz", "aa"})");
  auto second = model_with_init("SessionSecond", R"(x = {"aa", "zz"})");
  EXPECT_EQ(initial_x(*second), R"({"aa", "zz"})");
  // The first model, still alive, keeps its own order.
  EXPECT_EQ(initial_x(*first), R"({"zz", "aa"})");
  EXPECT_NE(&first->session->run.strings, &second->session->run.strings);
}

TEST(Session, ModelValuesOrderedPerModel) {
  // The cfg is read first: its model values are interned in the order it names them.
  auto first = model_with_init("SessionModelsA", "x = {p, q}", "CONSTANTS p, q\n", "CONSTANTS q = q p = p\n");
  EXPECT_EQ(initial_x(*first), "{q, p}");
  auto second = model_with_init("SessionModelsB", "x = {p, q}", "CONSTANTS p, q\n", "CONSTANTS p = p q = q\n");
  EXPECT_EQ(initial_x(*second), "{p, q}");
}

}  // namespace
}  // namespace cairn
