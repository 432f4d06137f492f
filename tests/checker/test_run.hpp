// The run that value and native tests evaluate in: one worker, and the Interner their
// strings and model values come from (a model check has its Session's).
#pragma once

#include "checker/eval/worker.hpp"

namespace cairn::test {

inline RunContext& test_run() {
  static RunContext run;
  return run;
}
inline Interner& test_strings() { return test_run().strings; }

}  // namespace cairn::test
