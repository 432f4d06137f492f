// TLC's wording of verdicts and locations, the JSON report and the ITF trace (events.hpp
// has the sinks that print and write them).
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

#include "checker/search/explore.hpp"

namespace cairn {

/// `line L, col C to line L2, col C2` (TLC's wording of a source range).
std::string tlc_range(const Loc& loc);

/// `line L, col C to line L2, col C2 of module M` (TLC's location wording).
std::string tlc_location(const Loc& loc);

/// The report's "result": success | safety failure | deadlock failure | liveness failure |
/// assumption failure | error.
std::string result_name(const Verdict& v);

/// TLC's "Error: ..." line for a violation ("Invariant Inv is violated."), or "".
std::string headline(const Verdict& v);

/// A located error message, TLC's wording, for the verdicts that carry one.
struct LocatedError {
  Loc loc;
  std::string message;
};
std::optional<LocatedError> located_error(const Verdict& v);

/// One line saying what a verdict is: its error message, else its headline (for tests).
std::string verdict_text(const Verdict& v);

/// TLC's "calculated (optimistic)" probability that two distinct states of a run had the
/// same fingerprint: distinct * (generated - distinct) / 2^64.
double collision_probability(int64_t distinct, int64_t generated);

/// TLC's wording of a probability (AbstractChecker.ProbabilityToString): `significant`
/// digits of Java's Double.toString, e.g. 1.6E-12.
std::string probability_text(double val, int significant);

/// TLC's warning after a stuttering counterexample that a missing fairness may explain
/// (Liveness.printStutteringCounterExampleWarning): EC 2257 when the cfg has INIT and NEXT
/// (no SPECIFICATION), 2259 when its SPECIFICATION has no temporal conjunct; nothing when
/// it has one (WF, SF...) or the result is not such a counterexample (stuttering_warning).
struct Warning {
  int code = 0;
  std::string text;  // without TLC's "Warning: " prefix
};
std::optional<Warning> stuttering_warning(const Model& m, const CheckResult& r);

/// A state's value as TLC prints it in a state: TLC's pretty form, `null` for a variable
/// left unset (an incomplete initial state).
std::string tlc_value(const Value& v);

/// TLC's words for an initial state Init leaves partly unset, the state follows: the model
/// checker's (ModelChecker.doInit: EC.TLC_INITIAL_STATE, 2102), or the simulator's (it
/// computes all initial states, then checks them in order: EC 2106).
inline constexpr const char* incomplete_initial_text =
    "current state is not a legal state\nWhile working on the initial state:\n";
inline constexpr const char* incomplete_initial_simulation_text =
    "State is not completely specified by the initial predicate:\n";

/// "SIGINT", "SIGTERM", or "signal N".
std::string signal_name(int sig);

/// The JSON report (`--report-json`).
std::string report_json(const CheckResult& r);

/// The counterexample in the Informal Trace Format (`--trace-json`).
std::string trace_itf(const Model& m, const CheckResult& r);

/// The JSON report of a run that stopped before exploring (parse/config/system errors):
/// the same fields as report_json's, with zero counts.
std::string error_json(const Error& e);

}  // namespace cairn
