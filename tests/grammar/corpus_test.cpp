// Parses every module of the corpus (specifications/ and library/); SANY accepts all.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "grammar/parse.hpp"

namespace fs = std::filesystem;
using namespace cairn;

namespace {

// The files these tests parse (diagnostics point into them; they live as long as the tests).
cairn::SourceManager& test_sources() {
  static cairn::SourceManager s;
  return s;
}
std::vector<fs::path> tla_files(const fs::path& dir) {
  std::vector<fs::path> out;
  if (!fs::exists(dir)) return out;
  for (auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".tla") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

void parse_all(const fs::path& dir, size_t min_count) {
  auto files = tla_files(dir);
  if (files.empty()) GTEST_SKIP() << dir << " missing";
  EXPECT_GE(files.size(), min_count);
  size_t failed = 0;
  for (auto& p : files) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const SourceFile& id = test_sources().add(p.string(), ss.str());
    Diagnostics d;
    auto m = grammar::parse_module(id, d);
    if (!m || !d.empty()) {
      ++failed;
      for (auto& it : d.items) ADD_FAILURE() << format_diagnostic(it.loc, it.message);
      if (d.empty()) ADD_FAILURE() << p << ": no module and no diagnostic";
    }
  }
  EXPECT_EQ(failed, 0u) << "of " << files.size();
}
}  // namespace

TEST(Corpus, Specifications) { parse_all(fs::path(CAIRN_CORPUS_DIR) / "specifications", 313); }
TEST(Corpus, Library) { parse_all(fs::path(CAIRN_CORPUS_DIR) / "library", 1); }
