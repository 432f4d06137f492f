// Internal header of the Spirit X3 TLA+ grammar: the token-level primitive parsers,
// the parse state (junction column bounds, furthest failure, nesting depth), and the
// rule declarations shared by the grammar translation units:
//   expr_ops.cpp      expression = operator/operand sequence + SANY precedence, junctions
//   expr_primary.cpp  primaries: names, IF, CASE, LET, quantifiers, tuples, ...
//   expr_brackets.cpp [..] and {..} forms, binders, EXCEPT
//   module_parser.cpp definitions, units, proofs, modules; entry points
// Each rule is BOOST_SPIRIT_DEFINEd and BOOST_SPIRIT_INSTANTIATEd in exactly one of them.
#pragma once

#include <boost/fusion/include/at_c.hpp>
#include <boost/spirit/home/x3.hpp>

#include <memory>
#include <string>
#include <vector>

#include "grammar/ast.hpp"
#include "grammar/precedence.hpp"
#include "grammar/tokens.hpp"

namespace cairn::grammar {
namespace x3 = boost::spirit::x3;
using boost::fusion::at_c;

using Iter = const Token*;
using Ctx = x3::unused_type;
using EP = std::shared_ptr<ast::Expr>;
using UnitPtr = std::shared_ptr<const ast::Unit>;
using ModPtr = std::shared_ptr<const ast::Module>;

// ------------------------------------------------------------------ parse state
struct ParseState {
  const SourceFile* file = nullptr;
  std::vector<int> bounds{0};  // active junction columns; tokens must lie strictly right
  const Token* far = nullptr;  // furthest token a primitive failed on
  std::vector<std::string> expected;
  int depth = 0;
  long steps = 0, max_steps = 0;
};
ParseState& st();
constexpr int kMaxDepth = 200;

void note_fail(const Token* t, const std::string& what);
inline bool col_ok(const Token* t) { return t->col > st().bounds.back(); }
inline void tick(const Token* t) {
  if (++st().steps > st().max_steps) throw SyntaxError{t, "input too complex to parse"};
}

// Source ranges of semantic actions. X3 (Boost 1.74) gives an action `_where` = the
// input *after* the match, not the match, so actions that build located nodes are
// wrapped in `located{...}`: the specialisation of x3::action below records where the
// match started, and L(c) spans from there to the token before `_where`.
inline std::vector<const Token*>& start_stack() {
  thread_local std::vector<const Token*> s;
  return s;
}
template <class F>
struct located {
  F f;
  template <class C>
  void operator()(C& c) const { f(c); }
};
template <class F>
located(F) -> located<F>;

template <class Ctx_>
Loc L(const Ctx_& c) {
  auto w = x3::_where(c);
  const Token* after = w.begin();
  const auto& ss = start_stack();
  if (ss.empty()) return tok_loc(st().file, after, after);
  const Token* b = ss.back();
  return tok_loc(st().file, b, after == b ? b : after - 1);
}
inline EP mk(ast::Ex k, Loc l) { return std::make_shared<ast::Expr>(k, l); }

// ------------------------------------------------------------------ primitives
// A symbol or keyword token (no attribute).
struct sym_p : x3::parser<sym_p> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  int id;
  bool check_col = true;
  template <class It, class C, class R, class A>
  bool parse(It& first, It const&, C const&, R&, A&) const {
    const Token* t = first;
    tick(t);
    if ((t->kind == T::Sym || t->kind == T::Kw) && t->id == id && (!check_col || col_ok(t))) {
      ++first;
      return true;
    }
    note_fail(t, "`" + sym_text(id) + "`");
    return false;
  }
};
sym_p sy(const char* s);      // checked against the junction bound
sym_p close(const char* s);   // closing bracket: never bounded

// A token of a kind satisfying a predicate (attribute: the token).
enum class TokClass { Ident, Placeholder, Num, Dec, Str, Step, Infix, Prefix, Postfix, FieldName, Sep, End,
                      OpSym /* infix|prefix|postfix */, BangHead /* ident|num|opsym */,
                      SubstName /* ident|opsym */,
                      PrefixCall /* infix|postfix that may be applied as `+(a, b)` */ };
struct tok_p : x3::parser<tok_p> {
  using attribute_type = const Token*;
  static bool const has_attribute = true;
  TokClass cls;
  bool matches(const Token* t) const;
  const char* what() const;
  template <class It, class C, class R, class A>
  bool parse(It& first, It const&, C const&, R&, A& attr) const {
    const Token* t = first;
    tick(t);
    if (matches(t) && (cls == TokClass::Sep || cls == TokClass::End || col_ok(t))) {
      if constexpr (!std::is_same_v<A, x3::unused_type>) attr = t;
      ++first;
      return true;
    }
    note_fail(t, what());
    return false;
  }
};
inline const tok_p ident{{}, TokClass::Ident};
inline const tok_p placeholder{{}, TokClass::Placeholder};
inline const tok_p num_tok{{}, TokClass::Num};
inline const tok_p dec_tok{{}, TokClass::Dec};
inline const tok_p str_tok{{}, TokClass::Str};
inline const tok_p step_tok{{}, TokClass::Step};
inline const tok_p infix_tok{{}, TokClass::Infix};
inline const tok_p prefix_tok{{}, TokClass::Prefix};
inline const tok_p postfix_tok{{}, TokClass::Postfix};
inline const tok_p field_tok{{}, TokClass::FieldName};
inline const tok_p sep_tok{{}, TokClass::Sep};
inline const tok_p end_tok{{}, TokClass::End};
inline const tok_p opsym_tok{{}, TokClass::OpSym};
inline const tok_p bang_head{{}, TokClass::BangHead};
inline const tok_p subst_name{{}, TokClass::SubstName};
inline const tok_p prefix_call_op{{}, TokClass::PrefixCall};

// `bounded(c)[p]`: p with junction column bound c (0 = none, inside brackets).
template <class Subject>
struct bound_directive : x3::unary_parser<Subject, bound_directive<Subject>> {
  using base_type = x3::unary_parser<Subject, bound_directive<Subject>>;
  static bool const is_pass_through_unary = true;
  int col;
  bound_directive(Subject const& s, int c) : base_type(s), col(c) {}
  template <class It, class C, class R, class A>
  bool parse(It& first, It const& last, C const& ctx, R& rctx, A& attr) const {
    st().bounds.push_back(col);
    struct Pop { ~Pop() { st().bounds.pop_back(); } } pop;
    return this->subject.parse(first, last, ctx, rctx, attr);
  }
};
struct bound_gen {
  int col;
  template <class S>
  bound_directive<typename x3::extension::as_parser<S>::value_type> operator[](S const& s) const {
    return {x3::as_parser(s), col};
  }
};
inline const bound_gen nb{0};  // "no bound": inside (), [], {}, << >>

// ------------------------------------------------------------------ rules
struct BrTail {  // what follows `[ e` in [e -> T], [e EXCEPT ...], [A]_v
  int kind = 0;  // 1 FcnSet, 2 Except, 3 BoxAction
  ast::ExprPtr e;
  std::vector<ast::ExceptSpec> ex;
};

using expr_type = x3::rule<class expr_cls, ast::ExprPtr>;
using operand_type = x3::rule<class operand_cls, ast::ExprPtr>;
using bracket_type = x3::rule<class bracket_cls, ast::ExprPtr>;
using brace_type = x3::rule<class brace_cls, ast::ExprPtr>;
using bounds_type = x3::rule<class bounds_cls, std::vector<ast::Bound>>;
using bound1_type = x3::rule<class bound1_cls, ast::Bound>;
using args_type = x3::rule<class args_cls, std::vector<ast::ExprPtr>>;
using exprs_type = x3::rule<class exprs_cls, std::vector<ast::ExprPtr>>;
using let_units_type = x3::rule<class let_units_cls, std::vector<UnitPtr>>;
using tuple_type = x3::rule<class tuple_cls, ast::ExprPtr>;
using subscript_type = x3::rule<class subscript_cls, ast::ExprPtr>;

const expr_type expr = "expression";
const operand_type operand = "operand";
const bracket_type bracket = "`[` expression";
const brace_type brace = "`{` expression";
const bounds_type bounds = "bound variables";
const bound1_type bound1 = "bound variable";
const args_type arg_list = "arguments";
const exprs_type expr_list = "expressions";
const let_units_type let_units = "definitions";
const tuple_type tuple_e = "tuple";
const subscript_type subscript = "subscript";

BOOST_SPIRIT_DECLARE(expr_type, operand_type, bracket_type, brace_type, bounds_type,
                     bound1_type, args_type, exprs_type, let_units_type, tuple_type,
                     subscript_type)

}  // namespace cairn::grammar

namespace boost::spirit::x3 {
template <typename Subject, typename F>
struct action<Subject, cairn::grammar::located<F>>
    : unary_parser<Subject, action<Subject, cairn::grammar::located<F>>> {
  using base_type = unary_parser<Subject, action<Subject, cairn::grammar::located<F>>>;
  static bool const is_pass_through_unary = true;
  static bool const has_action = true;
  constexpr action(Subject const& subject, cairn::grammar::located<F> f) : base_type(subject), f(f) {}
  template <typename Iterator, typename Context, typename RuleContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RuleContext& rcontext,
             Attribute& attr) const {
    auto& ss = cairn::grammar::start_stack();
    ss.push_back(first);
    action<Subject, F> inner(this->subject, f.f);
    bool ok;
    try {
      ok = inner.parse(first, last, context, rcontext, attr);
    } catch (...) {
      ss.pop_back();
      throw;
    }
    ss.pop_back();
    return ok;
  }
  cairn::grammar::located<F> f;
};
}  // namespace boost::spirit::x3
