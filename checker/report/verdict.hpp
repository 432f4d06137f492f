// The outcome of a run as data: what was found and where, never the text TLC prints for
// it (report.cpp words it) nor the exit code (exit_code_of derives it, in one place).
#pragma once

#include <string>

#include "grammar/source.hpp"

namespace cairn {

/// The stage of a run an evaluation error happened in: TLC's exit code for an error
/// depends on it (EC.ExitStatus: 75 in the spec, 76 in an invariant, ...).
enum class Stage { load, symmetry, assumption, init, next, constraint, invariant, action_property, liveness, postcondition };

enum class VerdictKind {
  ok,
  assumption_false,      // an ASSUME is FALSE (loc: the assumption)
  assumption_error,      // evaluating an ASSUME failed
  postcondition_false,   // name: the POSTCONDITION (loc: its body)
  postcondition_error,   // name: the POSTCONDITION
  invariant,             // name: the invariant; initial: violated by an initial state
  action_property,       // name: the action PROPERTY
  property_initial,      // name: the state-level PROPERTY part an initial state violates
  deadlock,
  assertion,             // an Assert failed in the next-state relation
  liveness,              // name: the temporal property
  incomplete_initial,    // detail: the variable Init leaves undefined (loc: Init)
  incomplete_successor,  // name: the action, detail: the variable it leaves undefined
  eval_error,            // any other error; stage says where, name the invariant if there
  interrupted,           // stopped by a signal (error_code: its number, driver/interrupt.hpp)
  memory_limit,          // stopped before passing --memory (detail: which limit, how)
};

struct Verdict {
  VerdictKind kind = VerdictKind::ok;
  std::string name;
  bool initial = false;
  Stage stage = Stage::load;
  Loc loc;
  std::string detail;  // the evaluator's message, or the undefined variable
  int error_code = 0;  // the code the evaluation Error carried
  int tlc_code = 0;    // and TLC's EC for it (grammar/source.hpp tlc_ec; `-tool` sends it)
  std::vector<Loc> nesting;  // the expressions it was raised in, innermost first (Error::nesting)

  bool ok() const { return kind == VerdictKind::ok; }

  /// The verdict for an evaluation Error raised in `stage` (an Assert failing in the
  /// next-state relation is an assertion violation; anything else an error).
  static Verdict from_error(const Error& e, Stage stage, std::string name = "");
  static Verdict found(VerdictKind kind, std::string name = "", bool initial = false);
  /// The run was stopped by signal `sig` (SIGINT, SIGTERM).
  static Verdict interrupted_by(int sig);
  /// The run stopped at its memory limit; `why` says which and how.
  static Verdict memory_limit_reached(std::string why);
};

/// Whether the verdict is a POSTCONDITION's: found once the search is over (exit 10 as an
/// ASSUME's, but TLC prints the search's statistics with it).
inline bool after_search(const Verdict& v) {
  return v.kind == VerdictKind::postcondition_false || v.kind == VerdictKind::postcondition_error;
}

/// TLC's exit code for a verdict (tlc2.output.EC.ExitStatus).
int exit_code_of(const Verdict& v);

}  // namespace cairn
