// SANY's operator precedence table (tla2sany/parser/Operators.java, ranges /10) and the
// shift-reduce resolution of a flat operator/operand sequence (OperatorStack.java):
// op1 left of op2 reduces when op1.lo > op2.hi, or when both are the same left-
// associative operator; shifts when op1.hi < op2.lo; anything else is a precedence
// conflict (a parse error), e.g. `a = b = c`, `a \/ b /\ c`.
#pragma once

#include <string>
#include <vector>

#include "grammar/ast.hpp"
#include "grammar/tokens.hpp"

namespace cairn::grammar {

struct OpInfo {
  int lo, hi;
  int assoc;        // 0 none, 1 left
  const char* key;  // one name for the prefix and the mixfix spelling of minus ("-" and "-.")
};

const OpInfo* infix_info(int sym);
const OpInfo* prefix_info(int sym);   // `-` here means prefix minus "-."
const OpInfo* postfix_info(int sym);

struct SeqItem {
  enum Kind { Operand, Prefix, Infix, Postfix } kind;
  ast::ExprPtr e;           // Operand
  const Token* tok = nullptr;  // operators
};
using SeqItems = std::vector<SeqItem>;

struct SyntaxError {
  const Token* at;
  std::string message;
};

/// Resolves `items` (prefix* operand postfix* (infix prefix* operand postfix*)*).
/// Throws SyntaxError on a precedence conflict.
ast::ExprPtr resolve_ops(const SeqItems& items, const SourceFile* file);

Loc tok_loc(const SourceFile* file, const Token* b, const Token* e_incl);
Loc join(const Loc& a, const Loc& b);

}  // namespace cairn::grammar
