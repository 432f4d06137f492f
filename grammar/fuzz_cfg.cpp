// libFuzzer target: the .cfg reader must never crash, hang or throw, and must explain
// every rejection. Build: cmake -DCAIRN_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ --target fuzz_cfg
#include <cstddef>
#include <cstdint>
#include <string>

#include "grammar/cfg.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  cairn::Diagnostics d;
  cairn::SourceManager sources;  // this input's files only
  auto c = cairn::cfg::parse_config(sources.add("fuzz.cfg", text), d);
  if (!c && d.items.empty()) __builtin_trap();  // a failure must be explained
  return 0;
}
