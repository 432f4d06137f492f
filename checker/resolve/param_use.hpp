// How a definition uses its parameters, decided once its body is resolved (Def's
// lazy_params and level_blocked_params): which arguments the evaluator must pass
// unevaluated, and which cannot raise the level of a call.
#pragma once

#include "checker/ir/ir.hpp"

namespace cairn {

/// Operators are substitution (TLC binds arguments lazily): a parameter evaluated in
/// another state than the call's must get its argument unevaluated, and a parameter
/// used only under ENABLED does not raise the level of a call.
void analyse_params(Def* d);

}  // namespace cairn
