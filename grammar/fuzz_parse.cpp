// libFuzzer target: parse_module and parse_expr must never crash, hang or throw.
// Build: cmake -DCAIRN_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ ... --target fuzz_parse
#include <cstddef>
#include <cstdint>
#include <string>

#include "grammar/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  cairn::Diagnostics d;
  cairn::SourceManager sources;  // this input's files only
  auto m = cairn::grammar::parse_module(sources.add("fuzz.tla", text), d);
  if (!m && d.items.empty()) __builtin_trap();  // a failure must be explained
  cairn::Diagnostics d2;
  auto e = cairn::grammar::parse_expr(sources, text, d2, "fuzz-expr");
  if (e) (void)cairn::grammar::dump(*e);
  if (m) (void)cairn::grammar::dump(*m);
  return 0;
}
