// Subexpression references (SANY's "positional and label selectors"):
//   Op(a)!2!(x)!lab(y)!:!LetOp(b)!<<   Thm!:   Def!@   I!Op!1
// As SANY's Generator.selectorToNode, a reference selects an expression E inside the
// definition of Op and denotes the operator LAMBDA params : E, where params are the
// parameters of every scope it enters (Op's, the bound identifiers of `!(e)`/`!@`, the
// label's, a LET operator's), applied to the arguments written along the path (or, used
// as an operator argument, the operator itself). The selection is made on the AST; E is
// wrapped in the LETs it lies in so their definitions stay visible.
#pragma once

#include <vector>

#include "grammar/ast.hpp"

namespace cairn {

struct Selection {
  std::vector<ast::Param> params;
  std::vector<ast::ExprPtr> args;  // one per parameter (expression form); empty for an operator
  ast::ExprPtr body;
};

/// Selects along path[first..] inside the definition `head_params == head_body` whose
/// arguments are head_args. as_operator: the reference is an operator argument (no
/// arguments anywhere on the path). Throws Error (exit 150) on a selector that does not
/// exist.
Selection select_subexpr(const std::vector<ast::Param>& head_params, const ast::ExprPtr& head_body,
                         const std::vector<ast::ExprPtr>& head_args,
                         const std::vector<ast::Segment>& path, size_t first, bool as_operator);

}  // namespace cairn
