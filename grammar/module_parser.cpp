// Module-level grammar (X3): definitions (operators, functions, infix/prefix/postfix
// operator definitions, instances), CONSTANT(S), VARIABLE(S), ASSUME/AXIOM, THEOREM-like
// units with proofs (steps, BY/USE/HIDE facts and DEF names kept), RECURSIVE, USE/HIDE, LOCAL, nested modules;
// the entry points parse_module and parse_expr and syntax error reporting.
#include <algorithm>

#include "grammar/parse.hpp"
#include "grammar/parser.hpp"

namespace cairn::grammar {
using namespace cairn::ast;

namespace {

using UP = std::shared_ptr<Unit>;
using MP = std::shared_ptr<Module>;

using param_type = x3::rule<class param_cls, Param>;
using params_type = x3::rule<class params_cls, std::vector<Param>>;
using optparams_type = x3::rule<class optparams_cls, std::vector<Param>>;
using with_type = x3::rule<class with_cls, std::vector<InstanceSpec::Subst>>;
using optname_type = x3::rule<class optname_cls, const Token*>;
using definition_type = x3::rule<class definition_cls, UnitPtr>;
using instbody_type = x3::rule<class instbody_cls, InstanceSpec>;
using subst_type = x3::rule<class subst_cls, InstanceSpec::Subst>;
using substval_type = x3::rule<class substval_cls, ExprPtr>;
using unit_type = x3::rule<class unit_cls, UnitPtr>;
using instunit_type = x3::rule<class instunit_cls, UnitPtr>;
using module_type = x3::rule<class module_cls, MP>;
using Names = std::vector<std::string>;
// A THEOREM's statement: an expression, or an ASSUME ... PROVE (body null) and its NEW names.
struct ThmStmt {
  ExprPtr body;
  Names news;
};
using ap_type = x3::rule<class ap_cls, Names>;
using thmstmt_type = x3::rule<class thmstmt_cls, ThmStmt>;
using apitem_type = x3::rule<class apitem_cls, Names>;
using proof_type = x3::rule<class proof_cls, std::vector<ProofItem>>;
using usebody_type = x3::rule<class usebody_cls, UseHide>;
using stepbody_type = x3::rule<class stepbody_cls, ProofItem>;
using useitem_type = x3::rule<class useitem_cls, ProofRef>;

const param_type param = "parameter";
const params_type params = "parameters";
const optparams_type opt_params = "parameters";
const optname_type opt_name = "name";
const definition_type definition = "definition";
const instbody_type inst_body = "module name";
const subst_type subst = "substitution";
const with_type with_opt = "WITH";
const substval_type subst_val = "expression";
const unit_type unit = "declaration or definition";
const instunit_type instance_unit = "INSTANCE";
const module_type module_r = "module";
const ap_type assume_prove = "ASSUME ... PROVE";
const thmstmt_type thm_stmt = "statement";
const apitem_type ap_item = "assumption";
const proof_type proof = "proof";
const usebody_type usebody = "facts";
const stepbody_type step_body = "proof step";
const useitem_type use_item = "fact";

const auto set_val = [](auto& c) { x3::_val(c) = x3::_attr(c); };

Loc tl(const Token* t) { return tok_loc(st().file, t, t); }

auto mk_param_arity() {
  return located{[](auto& c) {
    auto& a = x3::_attr(c);
    x3::_val(c) = Param{at_c<0>(a)->text, static_cast<int>(at_c<1>(a).size()), L(c)};
  }};
}
const auto mk_param_infix = located{[](auto& c) {
  x3::_val(c) = Param{at_c<1>(x3::_attr(c))->text, 2, L(c)};
}};
const auto mk_param_prefix = located{[](auto& c) {
  const Token* t = at_c<0>(x3::_attr(c));
  x3::_val(c) = Param{t->text == "-" ? "-." : t->text, 1, L(c)};
}};
const auto mk_param_postfix = located{[](auto& c) {
  x3::_val(c) = Param{at_c<1>(x3::_attr(c))->text, 1, L(c)};
}};
const auto mk_param0 = located{[](auto& c) { x3::_val(c) = Param{x3::_attr(c)->text, 0, L(c)}; }};
const auto mk_optname = [](auto& c) { x3::_val(c) = x3::_attr(c); };
const auto optname_none = [](auto& c) { x3::_val(c) = nullptr; };

UP unit_at(UnitKind k, Loc l) { return std::make_shared<Unit>(k, l); }

const auto mk_fcndef = located{[](auto& c) {
  auto& a = x3::_attr(c);
  auto u = unit_at(UnitKind::FcnDef, L(c));
  u->name = at_c<0>(a)->text;
  u->name_loc = tl(at_c<0>(a));
  u->bounds = at_c<1>(a);
  u->body = at_c<2>(a);
  x3::_val(c) = u;
}};
const auto mk_instdef = located{[](auto& c) {
  auto& a = x3::_attr(c);
  auto u = unit_at(UnitKind::Instance, L(c));
  u->name = at_c<0>(a)->text;
  u->name_loc = tl(at_c<0>(a));
  u->params = at_c<1>(a);
  u->inst = at_c<2>(a);
  x3::_val(c) = u;
}};
const auto mk_opdef = located{[](auto& c) {
  auto& a = x3::_attr(c);
  auto u = unit_at(UnitKind::OpDef, L(c));
  u->name = at_c<0>(a)->text;
  u->name_loc = tl(at_c<0>(a));
  u->params = at_c<1>(a);
  u->body = at_c<2>(a);
  x3::_val(c) = u;
}};
const auto mk_infixdef = located{[](auto& c) {
  auto& a = x3::_attr(c);
  auto u = unit_at(UnitKind::OpDef, L(c));
  u->fix = Fix::Infix;
  u->name = at_c<1>(a)->text;
  u->name_loc = tl(at_c<1>(a));
  u->params = {Param{at_c<0>(a)->text, 0, tl(at_c<0>(a))}, Param{at_c<2>(a)->text, 0, tl(at_c<2>(a))}};
  u->body = at_c<3>(a);
  x3::_val(c) = u;
}};
const auto mk_prefixdef = located{[](auto& c) {
  auto& a = x3::_attr(c);
  auto u = unit_at(UnitKind::OpDef, L(c));
  u->fix = Fix::Prefix;
  u->name = at_c<0>(a)->text == "-" ? "-." : at_c<0>(a)->text;
  u->name_loc = tl(at_c<0>(a));
  u->params = {Param{at_c<1>(a)->text, 0, tl(at_c<1>(a))}};
  u->body = at_c<2>(a);
  x3::_val(c) = u;
}};
const auto mk_postfixdef = located{[](auto& c) {
  auto& a = x3::_attr(c);
  auto u = unit_at(UnitKind::OpDef, L(c));
  u->fix = Fix::Postfix;
  u->name = at_c<1>(a)->text;
  u->name_loc = tl(at_c<1>(a));
  u->params = {Param{at_c<0>(a)->text, 0, tl(at_c<0>(a))}};
  u->body = at_c<2>(a);
  x3::_val(c) = u;
}};
const auto mk_instbody = [](auto& c) {
  auto& a = x3::_attr(c);
  InstanceSpec s;
  s.module = at_c<0>(a)->text;
  s.module_loc = tl(at_c<0>(a));
  s.with = at_c<1>(a);
  x3::_val(c) = std::move(s);
};
const auto mk_subst = located{[](auto& c) {
  auto& a = x3::_attr(c);
  const Token* t = at_c<0>(a);
  InstanceSpec::Subst s;
  s.name = t->text == "-" && !infix_info(t->id) ? "-." : t->text;
  s.value = at_c<1>(a);
  s.loc = L(c);
  x3::_val(c) = std::move(s);
}};
const auto mk_opsym_val = located{[](auto& c) {
  const Token* t = x3::_attr(c);
  auto n = mk(Ex::OpSym, L(c));
  n->fix = infix_info(t->id) ? Fix::Infix : postfix_info(t->id) ? Fix::Postfix : Fix::Prefix;
  n->sval = t->text;
  x3::_val(c) = n;
}};
const auto mk_instance = located{[](auto& c) {
  auto u = unit_at(UnitKind::Instance, L(c));
  u->inst = x3::_attr(c);
  x3::_val(c) = u;
}};
auto mk_decls(UnitKind k) {
  return located{[k](auto& c) {
    auto u = unit_at(k, L(c));
    u->params = x3::_attr(c);
    x3::_val(c) = u;
  }};
}
auto mk_named_body(UnitKind k) {
  return located{[k](auto& c) {
    auto& a = x3::_attr(c);
    auto u = unit_at(k, L(c));
    if (const Token* n = at_c<0>(a)) {
      u->name = n->text;
      u->name_loc = tl(n);
    }
    u->body = at_c<1>(a);
    x3::_val(c) = u;
  }};
}
auto mk_usehide(bool hide) {
  return located{[hide](auto& c) {
    auto u = unit_at(UnitKind::UseHide, L(c));
    auto use = std::make_shared<UseHide>(x3::_attr(c));
    use->hide = hide;
    u->use = use;
    x3::_val(c) = u;
  }};
}
const auto mk_theorem = located{[](auto& c) {
  auto& a = x3::_attr(c);
  auto u = unit_at(UnitKind::Theorem, L(c));
  if (const Token* n = at_c<0>(a)) {
    u->name = n->text;
    u->name_loc = tl(n);
  }
  u->body = at_c<1>(a).body;
  u->news = at_c<1>(a).news;
  if (at_c<2>(a)) u->proof = *at_c<2>(a);
  x3::_val(c) = u;
}};
const auto mk_local = [](auto& c) {
  auto u = std::make_shared<Unit>(*x3::_attr(c));
  u->local = true;
  x3::_val(c) = u;
};
const auto mk_submodule = located{[](auto& c) {
  auto u = unit_at(UnitKind::Submodule, L(c));
  u->name = x3::_attr(c)->name;
  u->name_loc = x3::_attr(c)->loc;
  u->nested = x3::_attr(c);
  x3::_val(c) = u;
}};
const auto start_module = [](auto& c) {
  auto m = std::make_shared<Module>();
  const Token* t = x3::_attr(c);
  m->name = t->text;
  m->loc = tl(t);
  m->file = st().file;
  x3::_val(c) = m;
};
const auto set_extends = [](auto& c) {
  for (const Token* t : x3::_attr(c)) {
    x3::_val(c)->extends.push_back(t->text);
    x3::_val(c)->extends_locs.push_back(tl(t));
  }
};
const auto add_unit = [](auto& c) { x3::_val(c)->units.push_back(x3::_attr(c)); };
const auto mk_recursive_unit = located{[](auto& c) {
  auto u = unit_at(UnitKind::Recursive, L(c));
  u->params = x3::_attr(c);
  x3::_val(c) = u;
}};

// Whether a definition `Op(..) ==`, `f[..] ==`, `a + b ==`, `a ^+ ==`, `-. a ==` starts at t.
bool starts_definition(const Token* t) {
  auto is = [](const Token* k, const char* s) { return (k->kind == T::Sym || k->kind == T::Kw) && k->text == s; };
  if (t->kind == T::Sym && (t->text == "-." || t->text == "-") && t[1].kind == T::Ident) return is(t + 2, "==");
  if (t->kind != T::Ident) return false;
  const Token* k = t + 1;
  if (is(k, "(") || is(k, "[")) {
    int depth = 0;
    for (; k->kind != T::Eof; ++k) {
      if (is(k, "(") || is(k, "[")) ++depth;
      if ((is(k, ")") || is(k, "]")) && --depth == 0) break;
    }
    return k->kind != T::Eof && is(k + 1, "==");
  }
  if (k->kind == T::Sym && infix_info(k->id) && k[1].kind == T::Ident) return is(k + 2, "==");
  if (k->kind == T::Sym && postfix_info(k->id)) return is(k + 1, "==");
  return is(k, "==");
}

// SANY's OpOrExpr: a lone operator symbol is an operator (not the start of an expression)
// when `,` `)`, the start of another unit or the end of the module follows it, e.g.
// `WITH ** <- -` on the line before `E == ...`.
struct op_arg_end_p : x3::parser<op_arg_end_p> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <class It, class C, class R, class A>
  bool parse(It& first, It const&, C const&, R&, A&) const {
    const Token* t = first;
    static const char* const kEnds[] = {",", ")", "LOCAL", "INSTANCE", "THEOREM", "ASSUME",
                                        "ASSUMPTION", "AXIOM", "CONSTANT", "CONSTANTS",
                                        "VARIABLE", "VARIABLES", "RECURSIVE"};
    if (t->kind == T::End || t->kind == T::Sep || t->kind == T::Eof) return true;
    if (t->kind == T::Sym || t->kind == T::Kw)
      for (const char* e : kEnds)
        if (t->text == e) return true;
    return starts_definition(t);
  }
};
const op_arg_end_p op_arg_end{};

const auto decl_kind = sy("CONSTANT") | sy("CONSTANTS") | sy("VARIABLE") | sy("VARIABLES") |
                       sy("STATE") | sy("ACTION") | sy("TEMPORAL");

const auto param_def =
    (ident >> sy("(") >> nb[(placeholder % sy(",")) >> close(")")])[mk_param_arity()] |
    (placeholder >> infix_tok >> placeholder)[mk_param_infix] |
    (prefix_tok >> placeholder)[mk_param_prefix] | (placeholder >> postfix_tok)[mk_param_postfix] |
    ident[mk_param0];
const auto params_def = (param % sy(","))[set_val];
const auto opt_params_def = (sy("(") >> nb[params >> close(")")])[set_val] | x3::eps;
const auto opt_name_def = (ident >> sy("=="))[mk_optname] | x3::eps[optname_none];
const auto subst_val_def = (opsym_tok >> &op_arg_end)[mk_opsym_val] | expr[set_val] | opsym_tok[mk_opsym_val];
const auto subst_def = (subst_name >> sy("<-") >> subst_val)[mk_subst];
const auto inst_body_def = (ident >> with_opt)[mk_instbody];
const auto with_opt_def = (sy("WITH") >> (subst % sy(",")))[set_val] | x3::eps;
const auto definition_def =
    (ident >> sy("[") >> nb[bounds >> close("]")] >> sy("==") >> expr)[mk_fcndef] |
    (ident >> opt_params >> sy("==") >> sy("INSTANCE") >> inst_body)[mk_instdef] |
    (ident >> opt_params >> sy("==") >> expr)[mk_opdef] |
    (ident >> infix_tok >> ident >> sy("==") >> expr)[mk_infixdef] |
    (prefix_tok >> ident >> sy("==") >> expr)[mk_prefixdef] |
    (ident >> postfix_tok >> sy("==") >> expr)[mk_postfixdef];
const auto instance_unit_def = (sy("INSTANCE") >> inst_body)[mk_instance];

// ---- proofs: the structure SANY's checks of USE/HIDE/BY and step names need
std::string step_name(const Token* t) {
  std::string n = t->text;
  while (!n.empty() && n.back() == '.') n.pop_back();
  return n;
}
ProofRef ref(ProofRef::K k, std::string name, Loc loc) {
  ProofRef r;
  r.k = k;
  r.name = std::move(name);
  r.loc = loc;
  return r;
}
const auto ref_step = [](auto& c) {
  x3::_val(c) = ref(ProofRef::K::Step, step_name(x3::_attr(c)), tl(x3::_attr(c)));
};
const auto ref_module = [](auto& c) {
  x3::_val(c) = ref(ProofRef::K::Module, x3::_attr(c)->text, tl(x3::_attr(c)));
};
const auto ref_opsym = [](auto& c) {
  x3::_val(c) = ref(ProofRef::K::OpSym, x3::_attr(c)->text, tl(x3::_attr(c)));
};
const auto ref_expr = [](auto& c) {
  ProofRef r = ref(ProofRef::K::Expr, "", x3::_attr(c)->loc);
  r.expr = x3::_attr(c);
  x3::_val(c) = std::move(r);
};
const auto set_facts = [](auto& c) { x3::_val(c).facts = x3::_attr(c); };
const auto set_defs = [](auto& c) { x3::_val(c).defs = x3::_attr(c); };
const auto ap_new = [](auto& c) { x3::_val(c) = Names{x3::_attr(c).name}; };
const auto ap_none = [](auto&) {};
const auto stmt_ap = [](auto& c) { x3::_val(c) = ThmStmt{nullptr, x3::_attr(c)}; };
const auto stmt_expr = [](auto& c) { x3::_val(c) = ThmStmt{x3::_attr(c), {}}; };
const auto ap_names = [](auto& c) {
  Names all;
  for (const auto& ns : at_c<0>(x3::_attr(c))) all.insert(all.end(), ns.begin(), ns.end());
  x3::_val(c) = std::move(all);
};
Names bound_names(const std::vector<Bound>& bs) {
  Names ns;
  for (const auto& b : bs) ns.insert(ns.end(), b.names.begin(), b.names.end());
  return ns;
}
auto item(ProofItem::K k) {
  return [k](auto& c) {
    x3::_val(c) = ProofItem{};
    x3::_val(c).k = k;
  };
}
auto item_use(bool hide) {
  return [hide](auto& c) {
    auto use = std::make_shared<UseHide>(x3::_attr(c));
    use->hide = hide;
    x3::_val(c) = ProofItem{};
    x3::_val(c).k = ProofItem::K::UseHide;
    x3::_val(c).use = use;
  };
}
const auto item_define = [](auto& c) {
  x3::_val(c) = ProofItem{};
  x3::_val(c).k = ProofItem::K::Define;
  for (const auto& u : x3::_attr(c)) x3::_val(c).defines.push_back(u->name);
};
const auto item_definition = [](auto& c) {
  x3::_val(c) = ProofItem{};
  x3::_val(c).k = ProofItem::K::Define;
  x3::_val(c).defines.push_back(x3::_attr(c)->name);
};
const auto item_take = [](auto& c) {
  x3::_val(c) = ProofItem{};
  x3::_val(c).binds = bound_names(x3::_attr(c));
};
const auto item_pick = [](auto& c) {
  x3::_val(c) = ProofItem{};
  x3::_val(c).binds = bound_names(at_c<0>(x3::_attr(c)));
};
const auto item_suffices = [](auto& c) {  // SUFFICES ASSUME NEW x: x is seen by the next steps
  x3::_val(c) = ProofItem{};
  x3::_val(c).binds = x3::_attr(c);
};
const auto item_assume = [](auto& c) {  // ASSUME NEW x PROVE: x is seen by the step's proof
  x3::_val(c) = ProofItem{};
  x3::_val(c).scoped = x3::_attr(c);
};
const auto push_by = [](auto& c) {
  ProofItem it;
  it.k = ProofItem::K::By;
  it.use = std::make_shared<UseHide>(x3::_attr(c));
  x3::_val(c).push_back(std::move(it));
};
const auto push_step = [](auto& c) {
  auto& a = x3::_attr(c);
  ProofItem it = at_c<1>(a) ? *at_c<1>(a) : ProofItem{};
  it.step = step_name(at_c<0>(a));
  it.loc = tl(at_c<0>(a));
  x3::_val(c).push_back(std::move(it));
};

const auto ap_item_def =
    (sy("NEW") >> x3::omit[-decl_kind] >> param >> x3::omit[-(sy("\\in") >> expr)])[ap_new] |
    (x3::omit[decl_kind] >> param >> x3::omit[-(sy("\\in") >> expr)])[ap_new] |
    assume_prove[ap_none] | definition[ap_none] | expr[ap_none];
const auto assume_prove_def = (sy("ASSUME") >> (ap_item % sy(",")) >> sy("PROVE") >> expr)[ap_names];
const auto thm_stmt_def = assume_prove[stmt_ap] | expr[stmt_expr];
const auto use_item_def = step_tok[ref_step] | (sy("MODULE") >> ident)[ref_module] |
                          expr[ref_expr] | opsym_tok[ref_opsym];
const auto usebody_def = -sy("ONLY") >> -(use_item % sy(","))[set_facts] >>
                         -((sy("DEF") | sy("DEFS")) >> (use_item % sy(","))[set_defs]);
const auto step_body_def =
    sy("QED")[item(ProofItem::K::Fact)] | (sy("DEFINE") >> +definition)[item_define] |
    (sy("USE") >> usebody)[item_use(false)] | (sy("HIDE") >> usebody)[item_use(true)] |
    (sy("HAVE") >> expr)[item(ProofItem::K::Fact)] | (sy("TAKE") >> bounds)[item_take] |
    (sy("WITNESS") >> (expr % sy(",")))[item(ProofItem::K::Fact)] |
    (sy("PICK") >> bounds >> sy(":") >> expr)[item_pick] |
    (sy("SUFFICES") >> assume_prove)[item_suffices] |
    (sy("SUFFICES") >> expr)[item(ProofItem::K::Fact)] |
    (sy("CASE") >> expr)[item(ProofItem::K::Fact)] | instance_unit[item(ProofItem::K::Instance)] |
    definition[item_definition] | assume_prove[item_assume] | expr[item(ProofItem::K::Fact)];
const auto proof_def = +(sy("PROOF") | (sy("BY") >> usebody)[push_by] | sy("OBVIOUS") |
                         sy("OMITTED") | (step_tok >> -step_body)[push_step]);

const auto thm_kw = sy("THEOREM") | sy("LEMMA") | sy("COROLLARY") | sy("PROPOSITION");
const auto unit_def =
    module_r[mk_submodule] | (sy("LOCAL") >> definition)[mk_local] | (sy("LOCAL") >> instance_unit)[mk_local] |
    instance_unit[set_val] |
    ((sy("CONSTANT") | sy("CONSTANTS")) >> params)[mk_decls(UnitKind::Constants)] |
    ((sy("VARIABLE") | sy("VARIABLES")) >> params)[mk_decls(UnitKind::Variables)] |
    (sy("RECURSIVE") >> params)[mk_recursive_unit] |
    ((sy("ASSUME") | sy("ASSUMPTION") | sy("AXIOM")) >> opt_name >> expr)[mk_named_body(UnitKind::Assume)] |
    (thm_kw >> opt_name >> thm_stmt >> -proof)[mk_theorem] |
    (sy("USE") >> usebody)[mk_usehide(false)] | (sy("HIDE") >> usebody)[mk_usehide(true)] |
    definition[set_val];

// The `----` ending the header line, unless it begins a nested module's header.
const auto module_r_def = (x3::omit[sep_tok] >> sy("MODULE") >> ident)[start_module] >>
                          *x3::omit[sep_tok >> !sy("MODULE")] >>
                          -(sy("EXTENDS") >> (ident % sy(",")))[set_extends] >>
                          *(unit[add_unit] | x3::omit[sep_tok]) >> x3::omit[end_tok];

BOOST_SPIRIT_DEFINE(param, params, opt_params, opt_name, subst_val, subst, with_opt, inst_body,
                    definition, instance_unit, ap_item, assume_prove, use_item, usebody,
                    step_body, proof, unit, module_r, thm_stmt)

}  // namespace

// let_units collects into _val
namespace {
const auto push_unit = [](auto& c) { x3::_val(c).push_back(x3::_attr(c)); };
const auto let_units_def =
    +((sy("RECURSIVE") >> params)[([](auto& c) {
        auto u = std::make_shared<Unit>(UnitKind::Recursive, L(c));
        u->params = x3::_attr(c);
        x3::_val(c).push_back(UnitPtr(u));
      })] |
      definition[push_unit]);
}  // namespace
BOOST_SPIRIT_DEFINE(let_units)
BOOST_SPIRIT_INSTANTIATE(let_units_type, Iter, Ctx)

// ------------------------------------------------------------------ entry points
namespace {

bool operand_starter(const std::string& w) {
  static const char* const k[] = {"identifier", "number", "string", "decimal number", "`(`",
                                  "`[`", "`{`", "`<<`", "`IF`", "`CASE`", "`LET`", "`\\A`",
                                  "`\\E`", "`\\AA`", "`\\EE`", "`CHOOSE`", "`LAMBDA`", "`WF_`",
                                  "`SF_`", "`@`", "prefix operator", "proof step",
                                  "operator symbol in prefix form"};
  return std::find(std::begin(k), std::end(k), w) != std::end(k);
}

std::string describe(const Token* t) {
  switch (t->kind) {
    case T::Eof: return "end of input";
    case T::Ident: return "identifier `" + t->text + "`";
    case T::Num: return "number `" + t->text + "`";
    case T::Dec: return "number `" + t->text + "`";
    case T::Str: return "string \"" + t->text + "\"";
    default: return "`" + t->text + "`";
  }
}

void report_far(Diagnostics& diags, const Token* fallback) {
  auto& s = st();
  const Token* at = s.far ? s.far : fallback;
  std::vector<std::string> ex;
  bool has_expr = std::find(s.expected.begin(), s.expected.end(), "expression") != s.expected.end();
  for (auto& e : s.expected)
    if (!(has_expr && operand_starter(e)) && std::find(ex.begin(), ex.end(), e) == ex.end())
      ex.push_back(e);
  std::string msg = "expected ";
  if (ex.empty()) msg += "something else";
  const size_t shown = std::min<size_t>(ex.size(), 8);
  for (size_t i = 0; i < shown; ++i) {
    if (i > 0) msg += (i + 1 == shown && shown == ex.size()) ? " or " : ", ";
    msg += ex[i];
  }
  if (ex.size() > shown) msg += ", ...";
  msg += ", found " + describe(at);
  diags.error(tok_loc(s.file, at, at), msg);
}

Loc offset_loc(const SourceFile& file, size_t off) {
  auto [l, c] = file.line_col(off);
  return Loc{&file, l, c, l, c};
}

void add_eof(std::vector<Token>& toks, const SourceFile& file) {
  const auto& text = file.text;
  Token e;
  e.kind = T::Eof;
  size_t off = toks.empty() ? text.size() : toks.back().e;
  e.b = e.e = static_cast<uint32_t>(off);
  auto [l, c] = file.line_col(off);
  e.line = l;
  e.col = c;
  e.text = "<eof>";
  toks.push_back(e);
}

void reset_state(const SourceFile& file, size_t ntok) {
  auto& s = st();
  s = ParseState{};
  s.file = &file;
  s.max_steps = static_cast<long>(ntok) * 400 + 2000000;
}

template <class Rule, class Attr>
bool run(const SourceFile& file, std::vector<Token>& toks, const Rule& rule, Attr& out, Diagnostics& diags) {
  add_eof(toks, file);
  reset_state(file, toks.size());
  Iter f = toks.data(), l = toks.data() + toks.size();
  try {
    bool ok = x3::parse(f, l, rule, out);
    if (ok && f->kind == T::Eof) return true;
    report_far(diags, f);
  } catch (const SyntaxError& e) {
    diags.error(tok_loc(&file, e.at, e.at), e.message);
  } catch (const std::exception& e) {
    diags.error(tok_loc(&file, f, f), std::string("internal parser error: ") + e.what());
  }
  return false;
}

}  // namespace

ModulePtr parse_module(const SourceFile& file, Diagnostics& diags) {
  std::vector<Token> toks;
  try {
    toks = lex(file, false);
  } catch (const LexError& e) {
    diags.error(offset_loc(file, e.offset), e.message);
    return nullptr;
  }
  MP m;
  if (!run(file, toks, module_r, m, diags)) return nullptr;
  return m;
}

ExprPtr parse_expr(SourceManager& sources, std::string_view text, Diagnostics& diags, std::string_view name) {
  const SourceFile& file = sources.add(std::string(name), std::string(text));
  std::vector<Token> toks;
  try {
    toks = lex(file, true);
  } catch (const LexError& e) {
    diags.error(offset_loc(file, e.offset), e.message);
    return nullptr;
  }
  ExprPtr e;
  if (!run(file, toks, expr, e, diags)) return nullptr;
  return e;
}

}  // namespace cairn::grammar
