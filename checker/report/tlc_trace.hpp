// TLC's -dumpTrace files: the counterexample as TLC's JSON (`-dumpTrace json FILE`, the
// _JsonTrace post-condition) or as a TLA+ module defining CounterExample (`-dumpTrace tla
// FILE`). Written at the end of a run that has a counterexample, as TLC does.
#pragma once

#include <memory>
#include <string>

#include "checker/report/events.hpp"

namespace cairn {

enum class TlcTraceFormat { json, tla };

std::unique_ptr<EventSink> tlc_trace_file(TlcTraceFormat format, std::string path);

}  // namespace cairn
