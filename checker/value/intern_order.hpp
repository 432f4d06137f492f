// Interning strings in TLC's order before resolution (see intern_order.cpp).
#pragma once

#include "checker/model/loader.hpp"
#include "checker/value/intern.hpp"

namespace cairn {

/// Interns the identifiers and string literals of `root` and the modules it uses in the
/// order TLC/SANY would, so that string and model-value order matches TLC's.
void intern_in_tlc_order(const ast::ModulePtr& root, ModuleLoader& loader, Interner& strings);

}  // namespace cairn
