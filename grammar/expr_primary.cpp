// Primary expressions (X3): literals, names with instance paths `M(x)!Op(a)`, labels,
// operator symbols applied in prefix form `+(a, b)`,
// parentheses, tuples and <<A>>_v, IF, CASE, LET, quantifiers, CHOOSE, LAMBDA, WF_/SF_,
// and the operand suffixes f[a, b] and r.field. Rules: operand, arg_list, expr_list,
// tuple_e, subscript.
#include "grammar/parser.hpp"

namespace cairn::grammar {
using namespace cairn::ast;

namespace {

using segargs_type = x3::rule<class segargs_cls, std::vector<ExprPtr>>;
using seg_type = x3::rule<class seg_cls, Segment>;
using bangseg_type = x3::rule<class bangseg_cls, Segment>;
using name_type = x3::rule<class name_cls, ExprPtr>;
using primary_type = x3::rule<class primary_cls, ExprPtr>;
using arg_type = x3::rule<class arg_cls, ExprPtr>;
using arm_type = x3::rule<class arm_cls, std::pair<ExprPtr, ExprPtr>>;
using idlist_type = x3::rule<class idlist_cls, std::vector<const Token*>>;
using labparams_type = x3::rule<class labparams_cls, std::vector<const Token*>>;
using exprs0_type = x3::rule<class exprs0_cls, std::vector<ExprPtr>>;
using tclose_type = x3::rule<class tclose_cls, ExprPtr>;
using lambda_type = x3::rule<class lambda_cls, ExprPtr>;

const segargs_type segargs = "arguments";
const seg_type segment = "name";
const bangseg_type bangseg = "name";
const name_type name_e = "name";
const primary_type primary = "expression";
const arg_type arg = "argument";
const arm_type case_arm = "CASE arm";
const idlist_type idlist = "identifiers";
const labparams_type labparams = "label parameters";
const exprs0_type exprs0 = "expressions";
const tclose_type tuple_close = "`>>`";
const lambda_type lambda_e = "LAMBDA";

const auto set_val = [](auto& c) { x3::_val(c) = x3::_attr(c); };
const auto set_null = [](auto& c) { x3::_val(c) = nullptr; };

const auto mk_seg = located{[](auto& c) {
  auto& a = x3::_attr(c);
  Segment s;
  s.name = at_c<0>(a)->text;
  s.args = at_c<1>(a);
  s.loc = L(c);
  x3::_val(c) = std::move(s);
}};
const auto mk_name = located{[](auto& c) {
  auto& a = x3::_attr(c);
  auto n = mk(Ex::Name, L(c));
  n->path.push_back(at_c<0>(a));
  for (auto& s : at_c<1>(a)) n->path.push_back(s);
  x3::_val(c) = n;
}};
const auto mk_num = located{[](auto& c) {
  const Token* t = x3::_attr(c);
  auto n = mk(Ex::Num, L(c));
  n->ival = t->ival;
  if (t->big) n->sval = t->text;
  x3::_val(c) = n;
}};
const auto mk_step_ref = located{[](auto& c) {  // proof step reference <4>4 (proofs only)
  auto n = mk(Ex::Name, L(c));
  n->path.push_back(Segment{x3::_attr(c)->text, {}, n->loc});
  x3::_val(c) = n;
}};
const auto mk_dec = located{[](auto& c) {
  auto n = mk(Ex::Decimal, L(c));
  n->sval = x3::_attr(c)->text;
  x3::_val(c) = n;
}};
const auto mk_str = located{[](auto& c) {
  auto n = mk(Ex::Str, L(c));
  n->sval = x3::_attr(c)->text;
  x3::_val(c) = n;
}};
const auto mk_at = located{[](auto& c) { x3::_val(c) = mk(Ex::At, L(c)); }};
const auto mk_if = located{[](auto& c) {
  auto& a = x3::_attr(c);
  auto n = mk(Ex::If, L(c));
  n->kids = {at_c<0>(a), at_c<1>(a), at_c<2>(a)};
  x3::_val(c) = n;
}};
const auto mk_arm = [](auto& c) {
  auto& a = x3::_attr(c);
  x3::_val(c) = std::make_pair(at_c<0>(a), at_c<1>(a));
};
const auto mk_case = located{[](auto& c) {
  auto& a = x3::_attr(c);
  auto n = mk(Ex::Case, L(c));
  for (auto& arm : at_c<0>(a)) {
    n->kids.push_back(arm.first);
    n->kids.push_back(arm.second);
  }
  if (at_c<1>(a)) {
    n->has_other = true;
    n->kids.push_back(*at_c<1>(a));
  }
  x3::_val(c) = n;
}};
const auto mk_let = located{[](auto& c) {
  auto& a = x3::_attr(c);
  auto n = mk(Ex::Let, L(c));
  n->defs = at_c<0>(a);
  n->kids.push_back(at_c<1>(a));
  x3::_val(c) = n;
}};
auto mk_quant(Ex k) {
  return located{[k](auto& c) {
    auto& a = x3::_attr(c);
    auto n = mk(k, L(c));
    n->bounds = at_c<0>(a);
    n->kids.push_back(at_c<1>(a));
    x3::_val(c) = n;
  }};
}
auto mk_tquant(Ex k) {
  return located{[k](auto& c) {
    auto& a = x3::_attr(c);
    auto n = mk(k, L(c));
    for (const Token* t : at_c<0>(a)) {
      Bound b;
      b.names.push_back(t->text);
      b.name_locs.push_back(tok_loc(st().file, t, t));
      b.loc = b.name_locs.back();
      n->bounds.push_back(std::move(b));
    }
    n->kids.push_back(at_c<1>(a));
    x3::_val(c) = n;
  }};
}
const auto mk_choose = located{[](auto& c) {
  auto& a = x3::_attr(c);
  auto n = mk(Ex::Choose, L(c));
  n->bounds.push_back(at_c<0>(a));
  n->kids.push_back(at_c<1>(a));
  x3::_val(c) = n;
}};
const auto mk_lambda = located{[](auto& c) {
  auto& a = x3::_attr(c);
  auto n = mk(Ex::Lambda, L(c));
  for (const Token* t : at_c<0>(a)) n->params.push_back(Param{t->text, 0, tok_loc(st().file, t, t)});
  n->kids.push_back(at_c<1>(a));
  x3::_val(c) = n;
}};
auto mk_fair(Ex k) {
  return located{[k](auto& c) {
    auto& a = x3::_attr(c);
    auto n = mk(k, L(c));
    n->kids = {at_c<0>(a), at_c<1>(a)};
    x3::_val(c) = n;
  }};
}
const auto mk_label = located{[](auto& c) {
  auto& a = x3::_attr(c);
  auto n = mk(Ex::Label, L(c));
  n->sval = at_c<0>(a)->text;
  for (const Token* t : at_c<1>(a)) n->params.push_back(Param{t->text, 0, tok_loc(st().file, t, t)});
  n->kids.push_back(at_c<2>(a));
  x3::_val(c) = n;
}};
const auto mk_tuple = located{[](auto& c) {
  auto& a = x3::_attr(c);
  auto n = mk(Ex::Tuple, L(c));
  n->kids = at_c<0>(a);
  if (at_c<1>(a)) {
    if (n->kids.size() != 1) {
      const Token* b = x3::_where(c).begin();
      throw SyntaxError{b, "<<A>>_v needs exactly one action inside << >>"};
    }
    auto aa = mk(Ex::AngleAction, L(c));
    aa->kids = {n->kids[0], at_c<1>(a)};
    x3::_val(c) = aa;
  } else {
    x3::_val(c) = n;
  }
}};
const auto mk_opsym_arg = located{[](auto& c) {
  const Token* t = x3::_attr(c);
  auto n = mk(Ex::OpSym, L(c));
  if (infix_info(t->id)) {
    n->fix = Fix::Infix;
    n->sval = t->text;
  } else if (postfix_info(t->id)) {
    n->fix = Fix::Postfix;
    n->sval = t->text;
  } else {
    n->fix = Fix::Prefix;
    n->sval = t->text == "-" ? "-." : t->text;
  }
  x3::_val(c) = n;
}};
// `+(4, 6)`, `^+(4)`: an infix or postfix operator symbol applied in prefix form.
const auto mk_prefix_call = located{[](auto& c) {
  auto& a = x3::_attr(c);
  const Token* t = at_c<0>(a);
  auto n = mk(Ex::OpSym, L(c));
  n->fix = infix_info(t->id) ? Fix::Infix : Fix::Postfix;
  n->sval = t->text;
  n->kids = at_c<1>(a);
  x3::_val(c) = n;
}};
// `(e)`: e itself, with the parentheses' range as its outer one (ast.hpp Expr::outer).
const auto mk_paren = located{[](auto& c) {
  auto n = std::make_shared<ast::Expr>(*x3::_attr(c));
  n->outer = L(c);
  x3::_val(c) = n;
}};
const auto fcn_app = located{[](auto& c) {
  ExprPtr f = x3::_val(c);
  auto n = mk(Ex::FcnApp, join(f->span(), L(c)));
  n->kids.push_back(f);
  for (auto& e : x3::_attr(c)) n->kids.push_back(e);
  x3::_val(c) = n;
}};
const auto postfix = located{[](auto& c) {
  ExprPtr r = x3::_val(c);
  auto n = mk(Ex::OpSym, join(r->span(), L(c)));
  n->fix = Fix::Postfix;
  n->sval = x3::_attr(c)->text;
  n->kids.push_back(r);
  x3::_val(c) = n;
}};
const auto mk_sub_name = located{[](auto& c) {
  auto& a = x3::_attr(c);
  auto n = mk(Ex::Name, L(c));
  const Token* t = at_c<0>(a);
  n->path.push_back(Segment{t->text, {}, tok_loc(st().file, t, t)});
  for (const Token* s : at_c<1>(a)) n->path.push_back(Segment{s->text, {}, tok_loc(st().file, s, s)});
  x3::_val(c) = n;
}};
const auto mk_anon_seg = located{[](auto& c) {
  Segment s;
  s.name = "";
  s.args = x3::_attr(c);
  s.loc = L(c);
  x3::_val(c) = std::move(s);
}};
const auto dot = located{[](auto& c) {
  ExprPtr r = x3::_val(c);
  auto n = mk(Ex::Dot, join(r->span(), L(c)));
  n->kids.push_back(r);
  n->sval = x3::_attr(c)->text;
  x3::_val(c) = n;
}};


const auto segargs_def = (sy("(") >> nb[arg_list >> close(")")])[set_val] | x3::eps;
const auto segment_def = (ident >> segargs)[mk_seg];
const auto bangseg_def = (bang_head >> segargs)[mk_seg] |
                         (sy("(") >> nb[arg_list >> close(")")])[mk_anon_seg];
const auto name_e_def = (segment >> *(sy("!") >> bangseg))[mk_name];
const auto idlist_def = (ident % sy(","))[set_val];
const auto labparams_def = (sy("(") >> nb[idlist >> close(")")])[set_val] | x3::eps;
const auto exprs0_def = (expr % sy(","))[set_val] | x3::eps;
const auto tuple_close_def = close(">>")[set_null] | (close(">>_") >> subscript)[set_val];
const auto case_arm_def = (expr >> sy("->") >> expr)[mk_arm];
const auto lambda_e_def = (sy("LAMBDA") >> idlist >> sy(":") >> expr)[mk_lambda];
const auto arg_def = lambda_e[set_val] | (opsym_tok >> &(sy(",") | close(")")))[mk_opsym_arg] |
                     expr[set_val];

const auto primary_def =
    step_tok[mk_step_ref] | num_tok[mk_num] | dec_tok[mk_dec] | str_tok[mk_str] | sy("@")[mk_at] |
    (sy("(") >> nb[expr >> close(")")])[mk_paren] | tuple_e[set_val] | bracket[set_val] |
    brace[set_val] |
    (sy("IF") >> expr >> sy("THEN") >> expr >> sy("ELSE") >> expr)[mk_if] |
    (sy("CASE") >> (case_arm % sy("[]")) >> -(sy("[]") >> sy("OTHER") >> sy("->") >> expr))[mk_case] |
    (sy("LET") >> let_units >> sy("IN") >> expr)[mk_let] |
    (sy("\\A") >> bounds >> sy(":") >> expr)[mk_quant(Ex::Forall)] |
    (sy("\\E") >> bounds >> sy(":") >> expr)[mk_quant(Ex::Exists)] |
    (sy("\\AA") >> idlist >> sy(":") >> expr)[mk_tquant(Ex::TForall)] |
    (sy("\\EE") >> idlist >> sy(":") >> expr)[mk_tquant(Ex::TExists)] |
    (sy("CHOOSE") >> bound1 >> sy(":") >> expr)[mk_choose] | lambda_e[set_val] |
    (sy("WF_") >> subscript >> sy("(") >> nb[expr >> close(")")])[mk_fair(Ex::WF)] |
    (sy("SF_") >> subscript >> sy("(") >> nb[expr >> close(")")])[mk_fair(Ex::SF)] |
    (ident >> labparams >> sy("::") >> expr)[mk_label] | name_e[set_val] |
    (prefix_call_op >> sy("(") >> nb[expr_list >> close(")")])[mk_prefix_call];

const auto operand_def = primary[set_val] >>
                         *((sy("[") >> nb[expr_list >> close("]")])[fcn_app] |
                           (sy(".") >> field_tok)[dot] | postfix_tok[postfix]);
const auto arg_list_def = (arg % sy(","))[set_val];
const auto expr_list_def = (expr % sy(","))[set_val];
const auto tuple_e_def = (sy("<<") >> nb[exprs0 >> tuple_close])[mk_tuple];
const auto subscript_def = tuple_e[set_val] | (sy("(") >> nb[expr >> close(")")])[set_val] |
                           (ident >> *(sy("!") >> bang_head))[mk_sub_name];

BOOST_SPIRIT_DEFINE(segargs, segment, bangseg, name_e, idlist, labparams, exprs0, tuple_close,
                    case_arm, lambda_e, arg, primary)
}  // namespace

BOOST_SPIRIT_DEFINE(operand, arg_list, expr_list, tuple_e, subscript)
BOOST_SPIRIT_INSTANTIATE(operand_type, Iter, Ctx)
BOOST_SPIRIT_INSTANTIATE(args_type, Iter, Ctx)
BOOST_SPIRIT_INSTANTIATE(exprs_type, Iter, Ctx)
BOOST_SPIRIT_INSTANTIATE(tuple_type, Iter, Ctx)
BOOST_SPIRIT_INSTANTIATE(subscript_type, Iter, Ctx)

}  // namespace cairn::grammar
