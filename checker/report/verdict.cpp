#include "checker/report/verdict.hpp"

namespace cairn {

namespace {

/// An evaluation error's exit code by where it happened (TLC's EC mapping). A standard
/// module's error (module_error: code 255) keeps its 255 where TLC reports the
/// EvalException's code: the next-state relation, a constraint, an action property, and the
/// liveness labels (Worker.doNextCheckLiveness: any error there is EC.GENERAL, 255, but an
/// Assert's). An invariant's error is 76, an error while processing the initial states 75
/// (ModelChecker's init catches every exception: TLC_NESTED_EXPRESSION), an action
/// property's other errors 13, and an Assert in a constraint 75.
int error_exit_code(int code, Stage stage) {
  if (code == exit_code::config) return code;
  switch (stage) {
    case Stage::symmetry: return exit_code::config;
    case Stage::action_property: return code == exit_code::other ? code : exit_code::property;
    case Stage::invariant: return exit_code::eval_invariant;
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

int exit_code_of(const Verdict& v) {
  switch (v.kind) {
    case VerdictKind::ok: return exit_code::success;
    case VerdictKind::assumption_false:
    case VerdictKind::assumption_error:
    case VerdictKind::postcondition_false:
    case VerdictKind::postcondition_error: return exit_code::assumption;
    case VerdictKind::invariant: return exit_code::invariant;
    case VerdictKind::action_property:
    case VerdictKind::liveness: return exit_code::property;
    case VerdictKind::deadlock: return exit_code::deadlock;
    case VerdictKind::assertion: return exit_code::assert_failed;
    case VerdictKind::incomplete_initial: return exit_code::other;
    case VerdictKind::incomplete_successor: return exit_code::eval_spec;
    case VerdictKind::eval_error: return error_exit_code(v.error_code, v.stage);
    case VerdictKind::interrupted: return 128 + v.error_code;  // as a shell sees TLC killed by it
  }
  return exit_code::other;
}

}  // namespace cairn
