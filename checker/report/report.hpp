// What a check prints and writes: TLC's text, the JSON report and the ITF trace.
#pragma once

#include <iosfwd>
#include <string>

#include "checker/search/explore.hpp"

namespace cairn {

/// `line L, col C to line L2, col C2 of module M` (TLC's location wording).
std::string tlc_location(const Loc& loc);

/// Prints the outcome as TLC does (error headline, trace, statistics lines).
void print_result(std::ostream& out, std::ostream& err, const Model& m, const CheckResult& r);

/// Per-action coverage (`--coverage`): location, distinct states found, states generated.
void print_coverage(std::ostream& out, const Model& m, const CheckResult& r);

/// The JSON report (`--report-json`).
std::string report_json(const CheckResult& r);

/// The counterexample in the Informal Trace Format (`--trace-json`).
std::string trace_itf(const Model& m, const CheckResult& r);

/// A JSON report for a run that stopped before exploring (parse/config/system errors).
std::string error_json(const Error& e);

}  // namespace cairn
