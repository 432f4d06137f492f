// `cairn repl [SPEC.tla]` and `cairn eval [--spec SPEC.tla] EXPR`: constant-level TLA+
// expressions evaluated as TLC's REPL does (tlc2.REPL): each input becomes the body of
// `replvalue` in a module `tlarepl` that EXTENDS Reals, Sequences, Bags, FiniteSets, TLC,
// Randomization and the spec, loaded with the spec's cfg (its CONSTANT values), and the
// value is printed in TLC's syntax (Value.toString). Errors are located in the input
// (`<input>:LINE:COL`) or in the spec, as everywhere else.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "checker/model/session.hpp"

namespace cairn {

struct ReplOptions {
  std::string spec_path;  // empty: the standard modules only
  std::string cfg_path;   // empty: SPEC.cfg beside the spec, when it exists
  std::vector<std::string> libs;
  bool batch = false;     // --batch: read stdin without line editing or prompts
};

/// Evaluates expressions in the context of a spec (a fresh load per input, as TLC's REPL).
class ExprEvaluator {
 public:
  explicit ExprEvaluator(ReplOptions o);
  ~ExprEvaluator();
  ExprEvaluator(const ExprEvaluator&) = delete;
  ExprEvaluator& operator=(const ExprEvaluator&) = delete;

  /// Switches to another spec (`:load`); its cfg is SPEC.cfg when present.
  void load(const std::string& spec_path);
  /// The value of `expr` in TLC's syntax; throws Error, located in the input (named
  /// `input_name` in messages) or in the spec's modules.
  std::string eval(const std::string& expr, const std::string& input_name = "<input>");
  const std::string& spec() const { return o_.spec_path; }

 private:
  ReplOptions o_;
  std::string dir_;  // the temporary folder of tlarepl.tla / tlarepl.cfg
  // The last input's session (its files, strings and run): an Error eval throws points
  // into its files, so it lives until the next input. Each input gets a fresh one.
  std::shared_ptr<Session> session_;
  SourceManager inputs_;  // the inputs that errors were moved into (relocate)
  std::string cfg_for_spec() const;
};

/// True when `text` cannot be a whole expression yet: an open bracket, LET without IN,
/// IF without ELSE, or a last token that needs a right operand (`/\`, `,`, `=`, `:`...).
bool input_incomplete(const std::string& text);

/// `cairn eval`: prints the value of one expression; TLC's exit code on an error.
int run_eval(const ReplOptions& o, const std::string& expr);

/// `cairn repl`: reads expressions (libedit line editing and history on a terminal,
/// plain stdin otherwise or with --batch) until `:quit` or end of input.
int run_repl(const ReplOptions& o);

}  // namespace cairn
