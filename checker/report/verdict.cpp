#include "checker/report/verdict.hpp"

namespace cairn {

namespace {

/// An evaluation error's exit code by where it happened (TLC's EC mapping, measured):
/// - a standard module's EvalException (eval_module) has its own EC, 255, where TLC replays
///   the failed state's successors (ModelChecker.runTLC: the next-state relation, the
///   constraints, the action properties) and in the liveness labels; elsewhere it is an
///   evaluation error of its stage;
/// - an invariant's error is 76; any error while the initial states are processed is 75
///   (ModelChecker's init catches every exception: TLC_NESTED_EXPRESSION); an Assert in a
///   constraint 75; an action property's error the replay's code (75, 14 for an Assert);
///   a liveness label's 255 (Worker.doNextCheckLiveness: EC.GENERAL) but an Assert's;
/// - a configuration or internal error keeps its code.
int error_exit_code(int code, Stage stage) {
  bool replayed = stage == Stage::next || stage == Stage::constraint || stage == Stage::action_property ||
                  stage == Stage::liveness;
  if (code == exit_code::eval_module) code = replayed ? exit_code::other : exit_code::eval_spec;
  if (code == exit_code::config) return code;
  switch (stage) {
    case Stage::symmetry: return exit_code::config;
    case Stage::invariant: return code == exit_code::other ? code : exit_code::eval_invariant;
    case Stage::init: return exit_code::eval_spec;
    case Stage::constraint: return code == exit_code::assert_failed ? exit_code::eval_spec : code;
    case Stage::liveness: return code == exit_code::assert_failed ? code : exit_code::other;
    default: return code;
  }
}

}  // namespace

Verdict Verdict::from_error(const Error& e, Stage stage, std::string name) {
  Verdict v;
  v.kind = stage == Stage::next && e.code() == exit_code::assert_failed ? VerdictKind::assertion
                                                                         : VerdictKind::eval_error;
  v.stage = stage;
  v.name = std::move(name);
  v.loc = e.loc();
  v.detail = e.what();
  v.error_code = e.code();
  v.tlc_code = e.tlc_code();
  v.nesting = e.nesting();
  return v;
}

Verdict Verdict::found(VerdictKind kind, std::string name, bool initial) {
  Verdict v;
  v.kind = kind;
  v.name = std::move(name);
  v.initial = initial;
  return v;
}

Verdict Verdict::interrupted_by(int sig) {
  Verdict v;
  v.kind = VerdictKind::interrupted;
  v.error_code = sig;
  return v;
}

Verdict Verdict::memory_limit_reached(std::string why) {
  Verdict v;
  v.kind = VerdictKind::memory_limit;
  v.detail = std::move(why);
  return v;
}

int exit_code_of(const Verdict& v) {
  switch (v.kind) {
    case VerdictKind::ok: return exit_code::success;
    case VerdictKind::assumption_false:
    case VerdictKind::assumption_error:
    case VerdictKind::postcondition_false:
    case VerdictKind::postcondition_error: return exit_code::assumption;
    case VerdictKind::invariant: return exit_code::invariant;
    case VerdictKind::action_property:
    case VerdictKind::property_initial:
    case VerdictKind::liveness: return exit_code::property;
    case VerdictKind::deadlock: return exit_code::deadlock;
    case VerdictKind::assertion: return exit_code::assert_failed;
    case VerdictKind::incomplete_initial: return exit_code::other;
    case VerdictKind::incomplete_successor: return exit_code::eval_spec;
    case VerdictKind::eval_error: return error_exit_code(v.error_code, v.stage);
    case VerdictKind::interrupted: return 128 + v.error_code;  // as a shell sees TLC killed by it
    case VerdictKind::memory_limit: return exit_code::memory_limit;
  }
  return exit_code::other;
}

}  // namespace cairn
