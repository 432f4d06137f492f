// FoldClosedConstants: the IR transform that makes closed constant subexpressions
// (`{"a1", "a2", "b"}`, `[0..N-1 -> SUBSET {0, 1}]`, `Node \ {HostOf[self]}` is not one:
// it uses a parameter) evaluate once per run instead of once per state.
#pragma once

#include "checker/resolve/resolve.hpp"

namespace cairn {

/// Wraps every maximal closed constant subexpression of `spec` in an Op::Cached node.
/// Closed: constant level, no reference to a variable bound outside the subexpression,
/// no LET definition or operator argument, no impure built-in (Print, TLCGet, Random...).
/// TLC precomputes zero-argument constant definitions only; folding more gives the same
/// values (evaluation is deterministic) and the same errors (a failed evaluation is not
/// cached: it is retried, and fails again, wherever it is reached).
void fold_closed_constants(ResolvedSpec& spec);

/// Whether a native's value depends on more than its arguments or acts on the world
/// (Print, TLCGet, TLCSet, RandomElement, IOUtils, ...; any module not known to be pure).
bool impure_builtin(const Builtin* b);

}  // namespace cairn
