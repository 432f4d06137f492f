// The constructs evaluation (eval.cpp) and successor enumeration (enumerate.cpp) share:
// the ones that bind no variable. IF, CASE and LET stand for one of their
// subexpressions; an argument passed unevaluated stands for its expression in the frame
// it was written in; an operator call is its body in a fresh frame holding the arguments.
// Each function here reduces a node to the expression (and frame) it stands for; the
// evaluator evaluates that, the enumerator enumerates it (which is what it adds: the
// assignments to primed variables, UNCHANGED and the action-level structure).
#pragma once

#include "checker/eval/eval.hpp"

namespace cairn {

/// The expression an IF, CASE or LET stands for in frame f: the branch the condition
/// picks (`if_what` names the condition in the error for a non-boolean one), the arm of
/// the first true guard in order (else OTHER), or the LET's body, entered afresh (its
/// zero-argument definitions' cached values cleared).
inline const Node* chosen_branch(const Node* n, Frame* f, Ctx& c, const char* if_what) {
  switch (n->op) {
    case Op::If: return eval_bool(n->kids[0], f, c, if_what) ? n->kids[1] : n->kids[2];
    case Op::Case: {
      size_t arms = n->has_other ? n->kids.size() - 1 : n->kids.size();
      for (size_t i = 0; i < arms; i += 2)
        if (eval_bool(n->kids[i], f, c)) return n->kids[i + 1];
      if (n->has_other) return n->kids.back();
      throw Error(n->loc, "Attempted to evaluate a CASE with no conditions true.", exit_code::eval_spec);
    }
    default:  // Op::Let
      for (int s : n->let_slots) f->slots[s] = Value();
      return n->kids[0];
  }
}

/// Whether v is an argument passed unevaluated (lazy_arg); if so, sets n and f to its
/// expression and the frame that expression was written in.
inline bool unevaluated_arg(const Value& v, const Node*& n, Frame*& f) {
  if (v.kind() != VK::Closure) return false;
  const auto* co = static_cast<const ClosureObj*>(v.obj());
  if (co->arity != -1) return false;
  n = static_cast<const Node*>(co->target);
  f = static_cast<Frame*>(const_cast<void*>(co->frame));
  return true;
}

/// The definition an operator argument (a Closure value) denotes, or null for a native
/// operator of the language; `parent` is the frame a nested definition's body sees.
inline Def* closure_def(const ClosureObj* co, Frame*& parent) {
  const Node* t = static_cast<const Node*>(co->target);
  Def* d = t->def;
  parent = d && d->nested ? walk(static_cast<Frame*>(const_cast<void*>(co->frame)), t->up) : nullptr;
  return d;
}

/// How a call passes the arguments a definition's body does not read in another state
/// (those it does, Def::lazy_params, are always passed unevaluated).
/// The context of a primed expression: the next state is the current one.
inline Ctx next_state_ctx(const Ctx& c) {
  Ctx nc = c;
  nc.cur = c.next;
  nc.next = nullptr;
  nc.shifted = true;
  nc.cur_wide = c.next_wide;
  nc.next_wide = false;
  return nc;
}

enum class ArgPassing {
  Value,   // evaluated (TLC's evalAppl), unevaluated only if that fails (eval_arg)
  Action,  // in an action being enumerated (TLC's getNextStatesAppl): a variable or an
           // action is passed unevaluated, so that the body can bind it (`Init == XInit(x)`)
           // or enumerate it (`PostStutter(l1(self), ...)`)
};

/// An argument of a user-defined operator: evaluated, or passed unevaluated when it
/// fails (TLC passes arguments as LazyValues: one the body never reads cannot fail).
Value eval_arg(const Node* arg, Frame* f, Ctx& c);

/// The value site's i-th argument passes to parameter i of d.
inline Value pass_arg(const Def* d, size_t i, const Node* site, Frame* f, Ctx& c, ArgPassing how) {
  const Node* a = site->kids[i];
  if (d->lazy_param(i)) return lazy_arg(a, f);
  if (how == ArgPassing::Value) return d->strict_args ? eval(a, f, c) : eval_arg(a, f, c);
  if (a->level >= Level::Action) return lazy_arg(a, f);
  const Node* k = a;
  Frame* kf = f;
  while (k->op == Op::Local && unevaluated_arg(walk(kf, k->up)->slots[k->slot], k, kf)) {}
  if (k->op == Op::StateVar) return lazy_arg(a, f);  // k may live in another frame: pass a
  return eval(a, f, c);
}

/// Calls body(frame) with a fresh frame of d (static parent `parent`) holding the
/// arguments of `site` (evaluated in f): the call of a user-defined operator.
template <class Body>
inline decltype(auto) enter_def(Def* d, const Node* site, Frame* f, Frame* parent, Ctx& c, ArgPassing how,
                                Body&& body) {
  FrameHolder fh(d->frame_size, parent);
  Frame* nf = fh.get();
  for (size_t i = 0; i < site->kids.size(); ++i) nf->slots[i] = pass_arg(d, i, site, f, c, how);
  return body(nf);
}

}  // namespace cairn
