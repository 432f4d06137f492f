// TLC's `-dumpTrace tla FILE`: the counterexample as a TLA+ module defining CounterExample
// (the _TLAPlusCounterExample post-condition), written at the end of a run that has one.
// (`-dumpTrace json` is report/tlc_json.hpp.)
#pragma once

#include <memory>
#include <string>

#include "checker/report/events.hpp"

namespace cairn {

std::unique_ptr<EventSink> tlc_tla_trace(std::string path);

}  // namespace cairn
