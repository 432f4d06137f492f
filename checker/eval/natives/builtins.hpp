// The table of native operator implementations, read by resolution (which binds a
// standard module's definition to its native implementation) and by the evaluator.
// Definitions in the standard modules keep their TLA+ text (so `cairn parse` and level
// checking see them); where TLC overrides an operator in Java, cairn overrides it here.
#pragma once

#include <functional>
#include <string_view>

#include "checker/eval/eval.hpp"

namespace cairn {

using BuiltinFn = Value (*)(const Value* args, Ctx& c);

struct Builtin {
  const char* module;  // "" for operators of the language itself
  const char* name;    // canonical name or symbol (see grammar/ast.hpp)
  int arity;
  BuiltinFn fn;
  Level level = Level::Constant;
};

/// Which operator of the language `b` implements, for the IR node resolution binds it to
/// (Node::bop): `=`, `#`, `\in` and `\notin` read their operands in place, and `=`, `\in`
/// and `\subseteq` can bind a variable when enumerating.
BuiltinOp builtin_op(const Builtin* b);

/// The native implementation of `name` from `module`, or nullptr.
const Builtin* find_builtin(std::string_view module, std::string_view name);

/// Native implementations of the other standard and community modules (Bags, TLCExt,
/// Randomization, FiniteSetsExt, SequencesExt, Functions, Folds, ...): stdlib/extra_builtins.cpp.
const Builtin* find_extra_builtin(std::string_view module, std::string_view name);

/// Tells TLCGet("config") the settings of the run: deadlock checking (cfg CHECK_DEADLOCK
/// and --no-deadlock) and the worker count. The explorer calls it before the ASSUMEs.
void set_tlcget_config(bool check_deadlock, int workers);

/// The statistics of the running model check, for TLCGet("distinct"), ("stats"), ...
struct TlcStats {
  int64_t generated = 0, distinct = 0, queue = 0, diameter = 0, seconds = 0;
};
/// The explorer installs a source of its statistics for the time of its run (an empty
/// function: none, and TLCGet of a statistic is undefined, as in TLC before a run).
void set_tlcget_stats(std::function<TlcStats()> source);

/// TLC's register i as this thread sees it (TLCSet(i, v)); false if never set.
bool tlc_register(int64_t i, Value& out);

/// Whether the spec loads the Integers module: TLC's `\div` differs with Naturals only.
extern bool g_integers_loaded;

/// Checked arithmetic on TLC's 32-bit integers (a result outside the int range is an
/// evaluation error, never a wrapped or wider value).
int64_t checked_add(int64_t a, int64_t b);
int64_t checked_sub(int64_t a, int64_t b);
int64_t checked_mul(int64_t a, int64_t b);

}  // namespace cairn
