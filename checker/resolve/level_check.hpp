// Level checking as SANY does it (tla2sany/semantic: LevelNode, OpApplNode.levelCheck,
// BuiltInOperators), a pass over the resolved definitions.
//
// Every expression has a level: 0 constant, 1 state (unprimed variables), 2 action
// (primes), 3 temporal. The level of `Op(a1, ..., an)` is the level of Op's body with each
// parameter taking its argument's level. The rules (see level_check.cpp) are SANY's:
// each built-in operator bounds the level of each argument (x' needs x of level <= 1, a
// set or function operand must not be temporal, ...), plus a few checks against "raw
// TLA" ([] of an action not of the form [A]_v, ~> of an action, ...). A violation is a
// semantic error (exit 150), located at the application that breaks the rule: where
// it is an argument of a user-defined operator that makes a bound in its body fail,
// at that application, as SANY reports it ("Level error in applying operator Op").
#pragma once

#include "checker/resolve/resolve.hpp"

namespace cairn {

/// Checks every definition of `spec` (with its instances and ASSUMEs); throws Error
/// (exit 150) at the first level error.
void level_check(const ResolvedSpec& spec);

}  // namespace cairn
