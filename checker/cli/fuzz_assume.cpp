// libFuzzer target: a module read, resolved and its ASSUMEs evaluated must never crash
// or hang; bad input ends in a located Error. Each input is written as its module's file
// (so that the module name matches) with an empty cfg: only the ASSUMEs are checked.
// Evaluation is bounded by a step budget (CAIRN_EVAL_BUDGET, eval.hpp).
// Build: cmake -DCAIRN_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ ... --target fuzz_assume
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <sstream>
#include <string>

#include "checker/driver/driver.hpp"
#include "checker/report/report.hpp"

namespace fs = std::filesystem;

namespace {

constexpr int64_t kStepBudget = 200000;

std::string module_name(const std::string& text) {
  static const std::regex re(R"(-{4,}\s*MODULE\s+([A-Za-z0-9_]+))");
  std::smatch m;
  if (std::regex_search(text, m, re)) return m[1];
  return "Fuzz";
}

const fs::path& work_dir() {
  static const fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / ("cairn-fuzz-assume-" + std::to_string(getpid()));
    fs::create_directories(d);
    return d;
  }();
  return dir;
}

void write(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  fs::path tla = work_dir() / (module_name(text) + ".tla");
  fs::path cfg = work_dir() / "empty.cfg";
  write(tla, text);
  write(cfg, "");
  // PrintT and friends write to std::cout: keep the fuzzer's output readable.
  std::ostringstream sink;
  std::streambuf* saved = std::cout.rdbuf(sink.rdbuf());
  cairn::g_eval_steps_left = kStepBudget;
  try {
    cairn::ModelOptions mo;
    mo.spec_path = tla.string();
    mo.cfg_path = cfg.string();
    auto m = cairn::load_model(mo);
    cairn::CheckOptions co;
    cairn::CheckResult r = cairn::check(*m, co);
    if (r.exit_code() != 0 && !cairn::located_error(r.verdict)) __builtin_trap();  // a failure must be explained
  } catch (const cairn::Error&) {
    // a located parse, resolution or cfg error: fine
  }
  std::cout.rdbuf(saved);
  fs::remove(tla);
  return 0;
}
