// The native of VectorClocks.CausalOrder(log, clock(_), node(_), domain(_)).
#pragma once

#include "checker/eval/eval.hpp"

namespace cairn {

Value vc_causal_order(const Value* a, Ctx& c);

}  // namespace cairn
