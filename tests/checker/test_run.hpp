// The run that value and native tests evaluate in: one worker, and the Interner their
// strings and model values come from (a model check has its Session's).
#pragma once

#include <string>

#include "checker/eval/worker.hpp"

namespace cairn::test {

inline RunContext& test_run() {
  static RunContext run;
  return run;
}
/// Single letters are interned first, in alphabetical order, so that tests which use them
/// as record fields or set elements see the same order whichever test runs first.
inline Interner& test_strings() {
  static const bool letters = [] {
    for (char ch = 'a'; ch <= 'z'; ++ch) test_run().strings.intern(std::string(1, ch));
    return true;
  }();
  (void)letters;
  return test_run().strings;
}

}  // namespace cairn::test
