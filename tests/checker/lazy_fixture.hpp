// Lazy values for value tests, built as the evaluator builds them (LazyBody: an IR node
// and a captured environment), with a test function as the body: a FcnCons or SetFilter
// node whose body calls `fn` on the bound variable (slot 0 of a one-slot frame).
#pragma once

#include <deque>
#include <vector>

#include "checker/eval/eval.hpp"
#include "checker/eval/natives/builtins.hpp"
#include "checker/ir/ir.hpp"
#include "tests/checker/test_run.hpp"

namespace cairn::test {

/// The fixture's IR so far (test-lifetime, as a model's).
inline std::deque<Node>& fixture_nodes() {
  static std::deque<Node> nodes;
  return nodes;
}

inline std::vector<const Node*> lazy_fixture_nodes() {
  std::vector<const Node*> v;
  for (const Node& n : fixture_nodes()) v.push_back(&n);
  return v;
}

inline const Node* lazy_body_node(Op op, BuiltinFn fn) {
  static std::deque<Builtin> builtins;
  std::deque<Node>& nodes = fixture_nodes();
  builtins.push_back(Builtin{"", "test-body", 1, fn});
  Node& x = nodes.emplace_back(Op::Local, Loc{});
  x.slot = 0;
  Node& call = nodes.emplace_back(Op::Builtin, Loc{});
  call.builtin = &builtins.back();
  call.kids = {&x};
  Node& n = nodes.emplace_back(op, Loc{});
  n.binders.push_back(Binder{{0}, {"x"}, false, nullptr});
  n.kids = {&call};
  return &n;
}

inline std::shared_ptr<LazyEnv> one_slot_env() {
  FrameHolder fh(1, nullptr);
  return capture_env(fh.get(), Ctx{}, false);
}

/// [x \in domain |-> fn(x)], kept lazy.
inline Value lazy_fcn_of(Value domain, BuiltinFn fn) {
  auto* o = new FcnLazyObj();
  o->domain = std::move(domain);
  o->body = {lazy_body_node(Op::FcnCons, fn), one_slot_env()};
  return Value::from_obj(o);
}

/// {x \in base : fn(x)}, kept lazy.
inline Value lazy_filter_of(Value base, BuiltinFn fn) {
  auto* l = new LazySetObj(LazyKind::Filter);
  l->parts = {std::move(base)};
  l->pred = {lazy_body_node(Op::SetFilter, fn), one_slot_env()};
  return Value::from_obj(l);
}

}  // namespace cairn::test
