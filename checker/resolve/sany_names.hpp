// SANY's symbol-table checks (tla2sany/semantic: SymbolTable.addSymbol, Generator), run
// on the modules as written before they are resolved: every module SANY analyses (the
// root, what it EXTENDS or INSTANCEs, nested modules even when unused) gets them.
//  - A definition (module level or LET) whose name is already visible: "Operator X
//    already defined or declared." (unless it completes a RECURSIVE declaration).
//  - A parameter or bound variable whose name is already visible, or a declaration of
//    another kind or arity than the visible one: "Multiply-defined symbol".
//  - A built-in symbol (TRUE, STRING, \cdot, \subseteq, ...) defined or bound again.
//  - A RECURSIVE declaration without a definition at its level, or with another arity.
//  - A label inside quantifiers (or CHOOSE, set builders, LAMBDA...) not listing their
//    bound names as its parameters: `\A y : l(y):: ...`.
// The same kind and arity reached from another module (EXTENDS/INSTANCE) is SANY's
// warning only: the first one stays. Proofs and ASSUME ... PROVE are not looked into.
#pragma once

#include "checker/model/loader.hpp"
#include "grammar/ast.hpp"

namespace cairn {

/// Throws Error (exit 150) at the first violation, located as SANY locates it.
void check_sany_names(const ast::Module& root, ModuleLoader& loader);

}  // namespace cairn
