// The counterexample in TLC's `-dumpTrace json FILE` format (the _JsonTrace
// POSTCONDITION: JsonSerialize of [counterexample |-> CounterExample, vars |-> ...]):
// {"counterexample": {"action": [[[i, state], {"name", "location"}, [i + 1, state]], ...],
//  "state": [[i, state], ...]}, "vars": [...]}, values as TLC's Json module writes them.
#pragma once

#include <memory>
#include <string>

#include "checker/report/events.hpp"

namespace cairn {

/// The JSON text of r's counterexample (TLC's tlc2.value.impl.CounterExample).
std::string trace_tlc_json(const Model& m, const CheckResult& r);

/// Writes it to `path` at the end of a run that has a counterexample (`--dump-trace-json`).
std::unique_ptr<EventSink> tlc_json_trace(std::string path);

}  // namespace cairn
