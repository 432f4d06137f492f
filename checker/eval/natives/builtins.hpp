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

/// The worker evaluating (Ctx::worker); an Error if the evaluation has none.
Worker& worker_of(const Ctx& c);

/// TLC's register i as the evaluating worker sees it (TLCSet(i, v)); false if never set.
bool tlc_register(Ctx& c, int64_t i, Value& out);

/// The native of `\div`: TLC's Integers.Divide (floor) when the spec loads Integers,
/// else Naturals.Divide. Resolution binds it once the whole spec is loaded.
const Builtin* integer_division(bool integers_loaded);

/// Checked arithmetic on TLC's 32-bit integers (a result outside the int range is an
/// evaluation error, never a wrapped or wider value).
int64_t checked_add(int64_t a, int64_t b);
int64_t checked_sub(int64_t a, int64_t b);
int64_t checked_mul(int64_t a, int64_t b);

}  // namespace cairn
