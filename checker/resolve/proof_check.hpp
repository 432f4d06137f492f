// USE, HIDE and BY clauses and proof step names, checked as SANY's Generator does
// (generateUseOrHide, selectorToNode for facts and DEF entries, UseOrHideNode.factCheck,
// generateProof's scoping of step names and of NEW / PICK / TAKE / DEFINE names).
// Proofs have no other effect on model checking: the expressions of proof steps and
// expression facts are not resolved (what SANY would still reject there goes unreported).
#pragma once

#include <string>

#include "checker/resolve/resolve.hpp"

namespace cairn {

/// Checks a module-level USE or HIDE against the names declared so far in `scope` (the
/// module `module`). Throws Error(parse) with SANY's message on the first violation.
void check_use_hide(const ast::UseHide& use, const ModScope& scope, const ModuleLoader& loader,
                    const std::string& module);

/// Checks the proof of THEOREM `thm` (whose own name is already declared in `scope`).
void check_proof(const ast::Unit& thm, const ModScope& scope, const ModuleLoader& loader,
                 const std::string& module);

}  // namespace cairn
