// Expressions as operator/operand sequences (X3 rules `term`, `opseq`, `expr`) resolved
// by SANY's precedence rules (precedence.cpp); bulleted /\ and \/ junction lists (the
// `junction` primitive, which pushes the bullet column as the bound every token inside an
// item must lie strictly right of); the token primitives and the parse state.
#include "grammar/parser.hpp"

namespace cairn::grammar {
using namespace cairn::ast;

ParseState& st() {
  thread_local ParseState s;
  return s;
}

void note_fail(const Token* t, const std::string& what) {
  auto& s = st();
  if (!s.far || t > s.far) {
    s.far = t;
    s.expected.clear();
  }
  if (t == s.far) {
    for (auto& e : s.expected)
      if (e == what) return;
    s.expected.push_back(what);
  }
}

sym_p sy(const char* s) {
  sym_p p;
  p.id = sym_id(s);
  if (p.id < 0) std::abort();  // grammar bug: unknown spelling
  return p;
}
sym_p close(const char* s) {
  sym_p p = sy(s);
  p.check_col = false;
  return p;
}

bool tok_p::matches(const Token* t) const {
  switch (cls) {
    case TokClass::Ident: return t->kind == T::Ident && t->text != "_";
    case TokClass::Placeholder: return t->kind == T::Ident && t->text == "_";
    case TokClass::Num: return t->kind == T::Num;
    case TokClass::Dec: return t->kind == T::Dec;
    case TokClass::Str: return t->kind == T::Str;
    case TokClass::Step: return t->kind == T::Step;
    case TokClass::Infix: return (t->kind == T::Sym) && infix_info(t->id) != nullptr;
    case TokClass::Prefix:
      return (t->kind == T::Sym || t->kind == T::Kw) && prefix_info(t->id) != nullptr;
    case TokClass::Postfix: return t->kind == T::Sym && postfix_info(t->id) != nullptr;
    case TokClass::FieldName: return (t->kind == T::Ident && t->text != "_") || t->kind == T::Kw;
    case TokClass::Sep: return t->kind == T::Sep;
    case TokClass::End: return t->kind == T::End;
    case TokClass::OpSym:
      return tok_p{{}, TokClass::Infix}.matches(t) || tok_p{{}, TokClass::Prefix}.matches(t) ||
             tok_p{{}, TokClass::Postfix}.matches(t);
    case TokClass::BangHead:
      return tok_p{{}, TokClass::Ident}.matches(t) || t->kind == T::Num ||
             tok_p{{}, TokClass::OpSym}.matches(t) ||
             (t->kind == T::Sym && (t->text == ":" || t->text == "<<" || t->text == ">>" ||
                                    t->text == "@"));
    case TokClass::SubstName:
      return tok_p{{}, TokClass::Ident}.matches(t) || tok_p{{}, TokClass::OpSym}.matches(t);
    case TokClass::PrefixCall: {
      // SANY's PrimitiveExp: InfixOp or PostfixOp, then OpArgs. `/\` and `\/` there are
      // bullets, and `\X` is no operator (SANY: "\X may not be used as an operator").
      static const int id_and = sym_id("/\\"), id_or = sym_id("\\/"), id_x = sym_id("\\X");
      if (t->id == id_and || t->id == id_or || t->id == id_x) return false;
      return tok_p{{}, TokClass::Infix}.matches(t) || tok_p{{}, TokClass::Postfix}.matches(t);
    }
  }
  return false;
}

const char* tok_p::what() const {
  switch (cls) {
    case TokClass::Ident: return "identifier";
    case TokClass::Placeholder: return "`_`";
    case TokClass::Num: return "number";
    case TokClass::Dec: return "decimal number";
    case TokClass::Str: return "string";
    case TokClass::Step: return "proof step";
    case TokClass::Infix: return "infix operator";
    case TokClass::Prefix: return "prefix operator";
    case TokClass::Postfix: return "postfix operator";
    case TokClass::FieldName: return "field name";
    case TokClass::Sep: return "`----`";
    case TokClass::End: return "`====`";
    case TokClass::OpSym: return "operator symbol";
    case TokClass::BangHead: return "name";
    case TokClass::SubstName: return "name";
    case TokClass::PrefixCall: return "operator symbol in prefix form";
  }
  return "token";
}

namespace {

// Bulleted junction list: a `/\` or `\/` in operand position at column c starts it; each
// item is an expression whose tokens lie right of c; the next item starts at a bullet of
// the same kind at exactly column c.
struct junction_p : x3::parser<junction_p> {
  using attribute_type = ExprPtr;
  static bool const has_attribute = true;
  template <class It, class C, class R, class A>
  bool parse(It& first, It const& last, C const& ctx, R&, A& attr) const {
    static const int id_and = sym_id("/\\"), id_or = sym_id("\\/");
    const Token* t = first;
    tick(t);
    if (t->kind != T::Sym || (t->id != id_and && t->id != id_or) || !col_ok(t)) {
      note_fail(t, "expression");
      return false;
    }
    const int c0 = t->col, id = t->id;
    auto node = mk(id == id_and ? Ex::And : Ex::Or, Loc{});
    node->bulleted = true;
    It it = first;
    for (;;) {
      ++it;  // the bullet
      ExprPtr item;
      st().bounds.push_back(c0);
      bool ok;
      try {
        ok = expr.parse(it, last, ctx, x3::unused, item);
      } catch (...) {
        st().bounds.pop_back();
        throw;
      }
      st().bounds.pop_back();
      if (!ok) return false;
      node->kids.push_back(item);
      const Token* n = it;
      if (n->kind == T::Sym && n->id == id && n->col == c0) continue;
      // An infix operator right of the bullet that the item did not take had no operand
      // inside the item (e.g. `/\ a =` then `1` at a column <= c0): SANY rejects this
      // rather than reading `(/\ a) = 1`.
      if (n->col > c0 && n->kind == T::Sym && infix_info(n->id)) return false;
      break;
    }
    node->loc = tok_loc(st().file, first, it - 1);
    if constexpr (!std::is_same_v<A, x3::unused_type>) attr = node;
    first = it;
    return true;
  }
};

template <class Subject>
struct depth_directive : x3::unary_parser<Subject, depth_directive<Subject>> {
  using base_type = x3::unary_parser<Subject, depth_directive<Subject>>;
  static bool const is_pass_through_unary = true;
  explicit depth_directive(Subject const& s) : base_type(s) {}
  template <class It, class C, class R, class A>
  bool parse(It& first, It const& last, C const& ctx, R& rctx, A& attr) const {
    if (st().depth >= kMaxDepth) throw SyntaxError{first, "expression nested too deeply"};
    ++st().depth;
    struct Dec { ~Dec() { --st().depth; } } dec;
    return this->subject.parse(first, last, ctx, rctx, attr);
  }
};
struct depth_gen {
  template <class S>
  depth_directive<typename x3::extension::as_parser<S>::value_type> operator[](S const& s) const {
    return depth_directive<typename x3::extension::as_parser<S>::value_type>(x3::as_parser(s));
  }
};
const depth_gen depth_guard{};
const junction_p junction{};

using term_type = x3::rule<class term_cls, SeqItems>;
using opseq_type = x3::rule<class opseq_cls, SeqItems>;
const term_type term = "expression";
const opseq_type opseq = "expression";

auto push_kind(SeqItem::Kind k) {
  return [k](auto& c) { x3::_val(c).push_back(SeqItem{k, nullptr, x3::_attr(c)}); };
}
const auto push_operand = [](auto& c) {
  x3::_val(c).push_back(SeqItem{SeqItem::Operand, x3::_attr(c), nullptr});
};
const auto append_items = [](auto& c) {
  auto& v = x3::_val(c);
  auto& a = x3::_attr(c);
  v.insert(v.end(), a.begin(), a.end());
};
const auto append_infix = [](auto& c) {
  auto& v = x3::_val(c);
  auto& a = x3::_attr(c);
  v.push_back(SeqItem{SeqItem::Infix, nullptr, at_c<0>(a)});
  auto& rest = at_c<1>(a);
  v.insert(v.end(), rest.begin(), rest.end());
};
const auto resolve = [](auto& c) { x3::_val(c) = resolve_ops(x3::_attr(c), st().file); };

const auto term_def = *prefix_tok[push_kind(SeqItem::Prefix)] >>
                      (junction[push_operand] | operand[push_operand]);
const auto opseq_def = term[append_items] >> *(infix_tok >> term)[append_infix];
const auto expr_def = depth_guard[opseq[resolve]];

BOOST_SPIRIT_DEFINE(term, opseq)
}  // namespace

BOOST_SPIRIT_DEFINE(expr)
BOOST_SPIRIT_INSTANTIATE(expr_type, Iter, Ctx)

}  // namespace cairn::grammar
