// Bracketed expressions (X3): records [a |-> 1], record sets [a : S], functions
// [x \in S |-> e], function sets [S -> T], EXCEPT with ! paths, [A]_v; set enumeration,
// SetFilter {x \in S : P} and SetMap {e : x \in S}; binders (x, y \in S / <<x, y>> \in S /
// unbounded x). Rules: bracket, brace, bounds, bound1.
#include "grammar/parser.hpp"

namespace cairn::grammar {
using namespace cairn::ast;

namespace {

struct BraceTail {
  int kind = 0;  // 1 SetMap, 2 SetEnum
  std::vector<Bound> bounds;
  std::vector<ExprPtr> exprs;
};

using ids_type = x3::rule<class bids_cls, std::vector<const Token*>>;
using fv_type = x3::rule<class fv_cls, std::pair<const Token*, ExprPtr>>;
using fs_type = x3::rule<class fs_cls, std::pair<const Token*, ExprPtr>>;
using brtail_type = x3::rule<class brtail_cls, BrTail>;
using exspec_type = x3::rule<class exspec_cls, ExceptSpec>;
using exstep_type = x3::rule<class exstep_cls, ExceptStep>;
using bracetail_type = x3::rule<class bracetail_cls, BraceTail>;

const ids_type ids = "identifiers";
const fv_type field_val = "field `|->` value";
const fs_type field_set = "field `:` set";
const brtail_type br_tail = "`->`, `EXCEPT` or `]_`";
const exspec_type except_spec = "EXCEPT clause";
const exstep_type except_step = "EXCEPT path";
const bracetail_type brace_tail = "`:`, `,` or `}`";

const auto set_val = [](auto& c) { x3::_val(c) = x3::_attr(c); };

Bound make_bound(const std::vector<const Token*>& names, bool tuple, ExprPtr set, Loc l) {
  Bound b;
  for (const Token* t : names) {
    b.names.push_back(t->text);
    b.name_locs.push_back(tok_loc(st().file, t, t));
  }
  b.tuple = tuple;
  b.set = std::move(set);
  b.loc = l;
  return b;
}
const auto mk_tuple_bound = located{[](auto& c) {
  auto& a = x3::_attr(c);
  x3::_val(c) = make_bound(at_c<0>(a), true, at_c<1>(a), L(c));
}};
const auto mk_bound = located{[](auto& c) {
  auto& a = x3::_attr(c);
  x3::_val(c) = make_bound(at_c<0>(a), false, at_c<1>(a), L(c));
}};
const auto mk_unbound = located{[](auto& c) {
  x3::_val(c) = make_bound(x3::_attr(c), false, nullptr, L(c));
}};
const auto mk_pair = [](auto& c) {
  auto& a = x3::_attr(c);
  x3::_val(c) = std::make_pair(at_c<0>(a), at_c<1>(a));
};
auto mk_rcd(Ex k) {
  return located{[k](auto& c) {
    auto n = mk(k, L(c));
    for (auto& [t, e] : x3::_attr(c)) {
      n->fields.push_back(t->text);
      n->field_locs.push_back(tok_loc(st().file, t, t));
      n->kids.push_back(e);
    }
    x3::_val(c) = n;
  }};
}
const auto mk_fcncons = located{[](auto& c) {
  auto& a = x3::_attr(c);
  auto n = mk(Ex::FcnCons, L(c));
  n->bounds = at_c<0>(a);
  n->kids.push_back(at_c<1>(a));
  x3::_val(c) = n;
}};
const auto tail_fcnset = [](auto& c) {
  BrTail t;
  t.kind = 1;
  t.e = x3::_attr(c);
  x3::_val(c) = std::move(t);
};
const auto tail_except = [](auto& c) {
  BrTail t;
  t.kind = 2;
  t.ex = x3::_attr(c);
  x3::_val(c) = std::move(t);
};
const auto tail_box = [](auto& c) {
  BrTail t;
  t.kind = 3;
  t.e = x3::_attr(c);
  x3::_val(c) = std::move(t);
};
const auto mk_br = located{[](auto& c) {
  auto& a = x3::_attr(c);
  BrTail& t = at_c<1>(a);
  Ex k = t.kind == 1 ? Ex::FcnSet : t.kind == 2 ? Ex::Except : Ex::BoxAction;
  auto n = mk(k, L(c));
  n->kids.push_back(at_c<0>(a));
  if (t.e) n->kids.push_back(t.e);
  n->excepts = std::move(t.ex);
  x3::_val(c) = n;
}};
const auto mk_spec = located{[](auto& c) {
  auto& a = x3::_attr(c);
  ExceptSpec s;
  s.path = at_c<0>(a);
  s.value = at_c<1>(a);
  s.loc = L(c);
  x3::_val(c) = std::move(s);
}};
const auto step_field = located{[](auto& c) {
  ExceptStep s;
  s.is_field = true;
  s.field = x3::_attr(c)->text;
  s.loc = L(c);
  x3::_val(c) = std::move(s);
}};
const auto step_index = located{[](auto& c) {
  ExceptStep s;
  s.args = x3::_attr(c);
  s.loc = L(c);
  x3::_val(c) = std::move(s);
}};
const auto mk_filter = located{[](auto& c) {
  auto& a = x3::_attr(c);
  Bound& b = at_c<0>(a);
  if (!b.set || (!b.tuple && b.names.size() != 1)) {
    x3::_pass(c) = false;
    return;
  }
  auto n = mk(Ex::SetFilter, L(c));
  n->bounds.push_back(std::move(b));
  n->kids.push_back(at_c<1>(a));
  x3::_val(c) = n;
}};
const auto mk_empty_set = located{[](auto& c) { x3::_val(c) = mk(Ex::SetEnum, L(c)); }};
const auto tail_map = [](auto& c) {
  BraceTail t;
  t.kind = 1;
  t.bounds = x3::_attr(c);
  x3::_val(c) = std::move(t);
};
const auto tail_enum = [](auto& c) {
  BraceTail t;
  t.kind = 2;
  t.exprs = x3::_attr(c);
  x3::_val(c) = std::move(t);
};
const auto mk_brace = located{[](auto& c) {
  auto& a = x3::_attr(c);
  BraceTail& t = at_c<1>(a);
  if (t.kind == 1) {
    auto n = mk(Ex::SetMap, L(c));
    n->kids.push_back(at_c<0>(a));
    n->bounds = std::move(t.bounds);
    x3::_val(c) = n;
  } else {
    auto n = mk(Ex::SetEnum, L(c));
    n->kids.push_back(at_c<0>(a));
    for (auto& e : t.exprs) n->kids.push_back(e);
    x3::_val(c) = n;
  }
}};

const auto ids_def = (ident % sy(","))[set_val];
const auto field_val_def = (field_tok >> sy("|->") >> expr)[mk_pair];
const auto field_set_def = (field_tok >> sy(":") >> expr)[mk_pair];
const auto except_step_def = (sy(".") >> field_tok)[step_field] |
                             (sy("[") >> nb[expr_list >> close("]")])[step_index];
const auto except_spec_def = (sy("!") >> +except_step >> sy("=") >> expr)[mk_spec];
const auto br_tail_def = (sy("->") >> expr >> close("]"))[tail_fcnset] |
                         (sy("EXCEPT") >> (except_spec % sy(",")) >> close("]"))[tail_except] |
                         (close("]_") >> subscript)[tail_box];
const auto brace_tail_def = (sy(":") >> bounds >> close("}"))[tail_map] |
                            (*(sy(",") >> expr) >> close("}"))[tail_enum];

BOOST_SPIRIT_DEFINE(ids, field_val, field_set, except_step, except_spec, br_tail, brace_tail)

const auto bound1_def = (sy("<<") >> nb[ids >> close(">>")] >> sy("\\in") >> expr)[mk_tuple_bound] |
                        (ids >> sy("\\in") >> expr)[mk_bound] | ids[mk_unbound];
const auto bounds_def = (bound1 % sy(","))[set_val];
const auto bracket_def =
    (sy("[") >> nb[(field_val % sy(",")) >> close("]")])[mk_rcd(Ex::RcdCons)] |
    (sy("[") >> nb[(field_set % sy(",")) >> close("]")])[mk_rcd(Ex::RcdSet)] |
    (sy("[") >> nb[bounds >> sy("|->") >> expr >> close("]")])[mk_fcncons] |
    (sy("[") >> nb[expr >> br_tail])[mk_br];
const auto brace_def = (sy("{") >> nb[bound1 >> sy(":") >> expr >> close("}")])[mk_filter] |
                       (sy("{") >> close("}"))[mk_empty_set] |
                       (sy("{") >> nb[expr >> brace_tail])[mk_brace];
}  // namespace

BOOST_SPIRIT_DEFINE(bound1, bounds, bracket, brace)
BOOST_SPIRIT_INSTANTIATE(bound1_type, Iter, Ctx)
BOOST_SPIRIT_INSTANTIATE(bounds_type, Iter, Ctx)
BOOST_SPIRIT_INSTANTIATE(bracket_type, Iter, Ctx)
BOOST_SPIRIT_INSTANTIATE(brace_type, Iter, Ctx)

}  // namespace cairn::grammar
